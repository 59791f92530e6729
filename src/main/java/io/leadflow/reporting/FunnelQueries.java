package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stage counts, weekly entries, conversion and recycles: plain SQL aggregates (H2 and PostgreSQL). */
@Component
class FunnelQueries {

    static final String ALL = "all";
    static final String NONE = "(none)";

    private final JdbcClient jdbc;

    FunnelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where leads are now and their buying stage, erased leads excluded: one scan of lead. */
    void stagesNow(LeadFlowQuery query, Function<String, GroupData> groups) {
        String group = query.groupBy() == null ? "" : ", " + query.groupBy().column;
        jdbc.sql("select lifecycle_stage, buying_stage, count(*)" + group + " from lead where erased_at is null"
                        + " group by lifecycle_stage, buying_stage" + group)
                .query(rs -> {
                    GroupData data = groups.apply(key(query, group.isEmpty() ? null : rs.getString(4)));
                    long count = rs.getLong(3);
                    data.stagesNow.merge(rs.getString(1), count, Long::sum);
                    data.buyingStages.merge(rs.getString(2), count, Long::sum);
                });
    }

    void weeklyEntries(LeadFlowQuery query, List<ReportWeeks.Week> weeks, Function<String, GroupData> groups) {
        List<Object> params = new ArrayList<>(ReportWeeks.boundaries(weeks));
        params.add(Timestamp.from(query.fromInstant()));
        params.add(Timestamp.from(query.toExclusive()));
        jdbc.sql("select stage, wk, count(*)" + outerGroup(query) + " from (select h.stage, "
                        + ReportWeeks.bucketCase("h.entered_at", weeks.size()) + " as wk" + innerGroup(query)
                        + " from lead_stage_history h" + join(query)
                        + " where h.entered_at >= ? and h.entered_at < ?) t group by stage, wk" + outerGroup(query))
                .params(params)
                .query((RowCallbackHandler)
                        rs -> groups.apply(key(query, query.groupBy() == null ? null : rs.getString(4)))
                                .weeks
                                .get(rs.getInt(2))
                                .merge(rs.getString(1), rs.getLong(3), Long::sum));
    }

    /** Moves back to LEAD from MQL or later in the range, by from-stage and reason. */
    void recycles(LeadFlowQuery query, Function<String, GroupData> groups) {
        String group = query.groupBy() == null ? "" : ", l." + query.groupBy().column;
        jdbc.sql("select h.from_stage, h.reason, count(*)" + group + " from lead_stage_history h" + join(query)
                        + " where h.stage = 'LEAD' and h.from_stage in " + Funnel.aboveLead()
                        + " and h.entered_at >= ? and h.entered_at < ? group by h.from_stage, h.reason" + group
                        + " order by count(*) desc, h.from_stage, h.reason")
                .params(Timestamp.from(query.fromInstant()), Timestamp.from(query.toExclusive()))
                .query((RowCallbackHandler) rs -> groups.apply(key(query, group.isEmpty() ? null : rs.getString(4)))
                        .recycles
                        .add(new LeadFlowReport.Recycle(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    /**
     * Per lead: the first entry into each stage in the range, and the last entry at or beyond each
     * stage up to asOf; a lead converted from X when it entered a later stage after its entry into X.
     */
    void conversion(LeadFlowQuery query, Function<String, GroupData> groups) {
        List<LifecycleStage> order = Funnel.ORDER;
        StringBuilder perLead = new StringBuilder("select h.lead_id" + innerGroup(query));
        for (int i = 0; i < order.size() - 1; i++) {
            perLead.append(", min(case when h.stage = '%s' and h.entered_at < ? then h.entered_at end) f%d"
                    .formatted(order.get(i).name(), i));
        }
        for (int i = 1; i < order.size(); i++) {
            perLead.append(", max(case when h.stage in %s then h.entered_at end) b%d"
                    .formatted(Funnel.atOrBeyond(order.get(i)), i));
        }
        perLead.append(" from lead_stage_history h")
                .append(join(query))
                .append(" where h.entered_at >= ? and h.entered_at < ? group by h.lead_id")
                .append(innerGroup(query).replace(" as grp", ""));
        int lead = Funnel.rank(LifecycleStage.LEAD);
        StringBuilder outer = new StringBuilder("select 0 as dummy" + outerGroup(query));
        for (int i = 0; i < order.size() - 1; i++) {
            outer.append(", count(f%d), sum(case when b%d > f%d then 1 else 0 end)".formatted(i, i + 1, i));
        }
        for (int i = lead + 1; i < order.size(); i++) {
            outer.append(", sum(case when b%d > f%d then 1 else 0 end)".formatted(i, lead));
        }
        outer.append(" from (").append(perLead).append(") t");
        if (query.groupBy() != null) {
            outer.append(" group by grp");
        }
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < order.size() - 1; i++) {
            params.add(Timestamp.from(query.toExclusive()));
        }
        params.add(Timestamp.from(query.fromInstant()));
        params.add(Timestamp.from(query.asOf()));
        jdbc.sql(outer.toString()).params(params).query(rs -> {
            int column = query.groupBy() == null ? 2 : 3;
            GroupData data = groups.apply(key(query, query.groupBy() == null ? null : rs.getString(2)));
            long leadEntered = 0;
            for (int i = 0; i < order.size() - 1; i++) {
                long entered = rs.getLong(column++);
                long converted = rs.getLong(column++);
                data.nextStep.put(order.get(i).name(), LeadFlowReport.Rate.of(entered, converted));
                leadEntered = i == lead ? entered : leadEntered;
            }
            for (int i = lead + 1; i < order.size(); i++) {
                data.cumulative.put(order.get(i).name(), LeadFlowReport.Rate.of(leadEntered, rs.getLong(column++)));
            }
        });
    }

    private static String key(LeadFlowQuery query, String value) {
        return query.groupBy() == null ? ALL : value == null ? NONE : value;
    }

    private static String join(LeadFlowQuery query) {
        return query.groupBy() == null ? "" : " join lead l on l.id = h.lead_id";
    }

    private static String innerGroup(LeadFlowQuery query) {
        return query.groupBy() == null ? "" : ", l." + query.groupBy().column + " as grp";
    }

    private static String outerGroup(LeadFlowQuery query) {
        return query.groupBy() == null ? "" : ", grp";
    }
}
