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
     * Entries per stage and week, and conversion, in one range scan over the entries in the range. A
     * row is its lead's first entry into the stage in the range when the lead's previous entry into
     * it (prev_entered_at) lies before the range; it converted when the lead entered a later funnel
     * stage after it and before asOf (reached_*_at, kept by LeadStages).
     */
    void flow(LeadFlowQuery query, List<ReportWeeks.Week> weeks, Function<String, GroupData> groups) {
        List<LifecycleStage> order = Funnel.ORDER;
        StringBuilder next = new StringBuilder("case h.stage");
        for (int i = 0; i < order.size() - 1; i++) {
            next.append(" when '%s' then h.%s".formatted(order.get(i).name(), reached(order.get(i + 1))));
        }
        next.append(" end");
        StringBuilder inner = new StringBuilder("select h.stage, ")
                .append(ReportWeeks.bucketCase("h.entered_at", weeks.size()))
                .append(" as wk")
                .append(groupColumn(query))
                .append(", case when h.entered_at < ? and (h.prev_entered_at is null or h.prev_entered_at < ?)")
                .append(" then 1 else 0 end as f, case when ")
                .append(next)
                .append(" < ? then 1 else 0 end as adv");
        StringBuilder outer = new StringBuilder("select stage, wk, count(*), sum(f), sum(f * adv)");
        int lead = Funnel.rank(LifecycleStage.LEAD);
        for (int i = lead + 1; i < order.size(); i++) {
            inner.append(", case when h.%s < ? then 1 else 0 end as r%d".formatted(reached(order.get(i)), i));
            outer.append(", sum(f * r%d)".formatted(i));
        }
        inner.append(" from lead_stage_history h")
                .append(join(query))
                .append(" where h.entered_at >= ? and h.entered_at < ?");
        outer.append(query.groupBy() == null ? "" : ", grp")
                .append(" from (")
                .append(inner)
                .append(") t group by stage, wk")
                .append(query.groupBy() == null ? "" : ", grp");
        List<Object> params = new ArrayList<>(ReportWeeks.boundaries(weeks));
        Timestamp asOf = Timestamp.from(query.asOf());
        Timestamp from = Timestamp.from(query.fromInstant());
        params.addAll(List.of(asOf, from, asOf));
        for (int i = lead + 1; i < order.size(); i++) {
            params.add(asOf);
        }
        params.add(from);
        params.add(Timestamp.from(query.toExclusive()));
        int groupColumn = 6 + order.size() - lead - 1;
        jdbc.sql(outer.toString()).params(params).query((RowCallbackHandler)
                rs -> add(rs, groups.apply(key(query, rs, groupColumn))));
    }

    private static void add(ResultSet rs, GroupData data) throws SQLException {
        String stage = rs.getString(1);
        data.weeks.get(rs.getInt(2)).merge(stage, rs.getLong(3), Long::sum);
        if (!data.nextStep.containsKey(stage)) {
            return; // DISQUALIFIED and CUSTOMER have no next step
        }
        data.nextStep.merge(stage, LeadFlowReport.Rate.of(rs.getLong(4), rs.getLong(5)), FunnelQueries::plus);
        if (LifecycleStage.LEAD.name().equals(stage)) {
            List<LifecycleStage> order = Funnel.ORDER;
            int column = 6;
            for (int i = Funnel.rank(LifecycleStage.LEAD) + 1; i < order.size(); i++) {
                data.cumulative.merge(
                        order.get(i).name(),
                        LeadFlowReport.Rate.of(rs.getLong(4), rs.getLong(column++)),
                        FunnelQueries::plus);
            }
        }
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
