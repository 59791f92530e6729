package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stage counts, weekly entries and conversion: plain SQL aggregates (H2 and PostgreSQL). */
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
        GroupBy by = query.groupBy();
        String group = by == null ? "" : ", " + by.expression;
        jdbc.sql("select l.lifecycle_stage, l.buying_stage, count(*)" + group + " from lead l"
                        + (by == null ? "" : by.join) + " where l.erased_at is null"
                        + " group by l.lifecycle_stage, l.buying_stage" + group)
                .query(rs -> {
                    GroupData data = groups.apply(key(query, rs, 4));
                    long count = rs.getLong(3);
                    data.stagesNow.merge(rs.getString(1), count, Long::sum);
                    data.buyingStages.merge(rs.getString(2), count, Long::sum);
                });
    }

    /**
     * Entries per stage and week, and next-step conversion, in one index-only range scan (V62). A row
     * is its lead's first entry into the stage in the range when the lead's previous entry into it
     * (prev_entered_at) lies before the range; it converted when the lead entered a later funnel stage
     * after it and before asOf (advanced_at). Both columns are kept by LeadStages.
     */
    void flow(LeadFlowQuery query, List<ReportWeeks.Week> weeks, Function<String, GroupData> groups) {
        String inner = "select h.stage, " + ReportWeeks.bucketCase("h.entered_at", weeks.size()) + " as wk"
                + groupColumn(query)
                + ", case when h.entered_at < ? and (h.prev_entered_at is null or h.prev_entered_at < ?)"
                + " then 1 else 0 end as f, case when h.advanced_at < ? then 1 else 0 end as adv"
                + " from lead_stage_history h" + join(query) + " where h.entered_at >= ? and h.entered_at < ?";
        String group = query.groupBy() == null ? "" : ", grp";
        List<Object> params = new ArrayList<>(ReportWeeks.boundaries(weeks));
        Timestamp from = Timestamp.from(query.fromInstant());
        Timestamp asOf = Timestamp.from(query.asOf());
        params.addAll(List.of(asOf, from, asOf, from, Timestamp.from(query.toExclusive())));
        jdbc.sql("select stage, wk, count(*), sum(f), sum(f * adv)" + group + " from (" + inner
                        + ") t group by stage, wk" + group)
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    GroupData data = groups.apply(key(query, rs, 6));
                    String stage = rs.getString(1);
                    data.weeks.get(rs.getInt(2)).merge(stage, rs.getLong(3), Long::sum);
                    if (data.nextStep.containsKey(stage)) { // DISQUALIFIED and CUSTOMER have no next step
                        data.nextStep.merge(
                                stage, LeadFlowReport.Rate.of(rs.getLong(4), rs.getLong(5)), FunnelQueries::plus);
                    }
                });
        cumulative(query, groups);
    }

    /** Of the leads whose first LEAD entry in the range is before asOf, how many got how far (V62's cohort index). */
    private void cumulative(LeadFlowQuery query, Function<String, GroupData> groups) {
        List<LifecycleStage> later = Funnel.ORDER.subList(Funnel.rank(LifecycleStage.LEAD) + 1, Funnel.ORDER.size());
        StringBuilder sql = new StringBuilder("select count(*)");
        List<Object> params = new ArrayList<>();
        Timestamp asOf = Timestamp.from(query.asOf());
        for (LifecycleStage stage : later) {
            sql.append(", sum(case when h.%s < ? then 1 else 0 end)".formatted(reached(stage)));
            params.add(asOf);
        }
        String group = query.groupBy() == null ? "" : ", " + query.groupBy().expression;
        sql.append(group)
                .append(" from lead_stage_history h")
                .append(join(query))
                .append(" where h.stage = 'LEAD' and h.entered_at >= ? and h.entered_at < ? and h.entered_at < ?")
                .append(" and (h.prev_entered_at is null or h.prev_entered_at < ?)")
                .append(group.isEmpty() ? "" : " group by" + group.substring(1));
        Timestamp from = Timestamp.from(query.fromInstant());
        params.addAll(List.of(from, Timestamp.from(query.toExclusive()), asOf, from));
        jdbc.sql(sql.toString()).params(params).query((RowCallbackHandler) rs -> {
            GroupData data = groups.apply(key(query, rs, later.size() + 2));
            for (int i = 0; i < later.size(); i++) {
                data.cumulative.put(later.get(i).name(), LeadFlowReport.Rate.of(rs.getLong(1), rs.getLong(i + 2)));
            }
        });
    }

    private static LeadFlowReport.Rate plus(LeadFlowReport.Rate a, LeadFlowReport.Rate b) {
        return LeadFlowReport.Rate.of(a.entered() + b.entered(), a.converted() + b.converted());
    }

    static String reached(LifecycleStage stage) {
        return "reached_" + stage.name().toLowerCase(Locale.ROOT) + "_at";
    }

    static String key(LeadFlowQuery query, ResultSet rs, int column) throws SQLException {
        if (query.groupBy() == null) {
            return ALL;
        }
        String value = rs.getString(column);
        return value == null ? NONE : value;
    }

    /** Joins lead {@code l} (and what the group needs) to history {@code h} when the flow is split. */
    static String join(LeadFlowQuery query) {
        GroupBy by = query.groupBy();
        return by == null ? "" : " join lead l on l.id = h.lead_id" + by.join;
    }

    static String groupColumn(LeadFlowQuery query) {
        return query.groupBy() == null ? "" : ", " + query.groupBy().expression + " as grp";
    }
}
