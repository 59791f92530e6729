package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What went backwards in the range: recycles to LEAD by reason, and sales SLA breaches by team. */
@Component
class SetbackQueries {

    private final JdbcClient jdbc;

    SetbackQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves back to LEAD from MQL or later in the range, by from-stage and reason: one branch per
     * from-stage, so each reads its own slice of V62's (stage, from_stage, entered_at, reason) index.
     */
    void recycles(LeadFlowQuery query, Function<String, GroupData> groups) {
        String group = query.groupBy() == null ? "" : ", grp";
        List<String> branches = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (LifecycleStage from : Funnel.ORDER.subList(Funnel.rank(LifecycleStage.MQL), Funnel.ORDER.size())) {
            // enum names only, never user input
            branches.add("select h.from_stage, h.reason" + FunnelQueries.groupColumn(query)
                    + " from lead_stage_history h" + FunnelQueries.join(query)
                    + " where h.stage = 'LEAD' and h.from_stage = '" + from.name() + "'"
                    + " and h.entered_at >= ? and h.entered_at < ?");
            params.add(Timestamp.from(query.fromInstant()));
            params.add(Timestamp.from(query.toExclusive()));
        }
        jdbc.sql("select from_stage, reason, count(*)" + group + " from (" + String.join(" union all ", branches)
                        + ") t group by from_stage, reason" + group + " order by count(*) desc, from_stage, reason")
                .params(params)
                .query((RowCallbackHandler) rs -> groups.apply(FunnelQueries.key(query, rs, 4))
                        .recycles
                        .add(new LeadFlowReport.Recycle(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    /**
     * SAL tasks that missed their escalation deadline in the range (sales_sla_breach), by the team
     * that had the task; split by team, a breach counts for that team, otherwise for the lead's group.
     */
    void slaBreaches(LeadFlowQuery query, Function<String, GroupData> groups) {
        GroupBy by = query.groupBy();
        String group = by == null || by == GroupBy.TEAM ? "" : ", " + by.expression;
        String join = by == null || by == GroupBy.TEAM ? "" : " join lead l on l.id = b.lead_id" + by.join;
        jdbc.sql("select b.team, count(*)" + group + " from sales_sla_breach b" + join
                        + " where b.breached_at >= ? and b.breached_at < ? group by b.team" + group)
                .params(Timestamp.from(query.fromInstant()), Timestamp.from(query.toExclusive()))
                .query((RowCallbackHandler) rs -> {
                    String key = by == GroupBy.TEAM ? rs.getString(1) : FunnelQueries.key(query, rs, 3);
                    groups.apply(key).slaBreaches.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
    }
}
