package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Median and p90 time in each stage. The database groups the closed stays by stage and whole hours
 * (one indexed range on left_at, see V7_1); Java turns the per-hour counts into a fixed-size histogram
 * (two years of hours per stage, longer stays share the last bucket), exact to the hour.
 */
@Component
class StageTimes {

    static final int MAX_HOURS = 2 * 366 * 24;

    private final JdbcClient jdbc;
    private final Elapsed elapsed;

    StageTimes(JdbcClient jdbc, Elapsed elapsed) {
        this.jdbc = jdbc;
        this.elapsed = elapsed;
    }

    /** Stays that ended (left_at) in the range. */
    Map<String, LeadFlowReport.StageTime> of(LeadFlowQuery query) {
        LifecycleStage[] stages = LifecycleStage.values();
        long[][] histogram = new long[stages.length][MAX_HOURS + 1];
        jdbc.sql("select stage, hrs, count(*) from (select stage, " + elapsed.hours("entered_at", "left_at")
                        + " as hrs from lead_stage_history where left_at >= ? and left_at < ?) t group by stage, hrs")
                .params(Timestamp.from(query.fromInstant()), Timestamp.from(query.toExclusive()))
                .query(rs -> {
                    long hours = rs.getLong(2);
                    int stage = LifecycleStage.valueOf(rs.getString(1)).ordinal();
                    histogram[stage][(int) Math.max(0, Math.min(hours, MAX_HOURS))] += rs.getLong(3);
                });
        Map<String, LeadFlowReport.StageTime> times = new LinkedHashMap<>();
        for (LifecycleStage stage : stages) {
            if (!Funnel.isTerminal(stage)) {
                times.put(stage.name(), summary(histogram[stage.ordinal()]));
            }
        }
        return times;
    }

    static LeadFlowReport.StageTime summary(long[] histogram) {
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        if (total == 0) {
            return new LeadFlowReport.StageTime(0, null, null);
        }
        return new LeadFlowReport.StageTime(
                total, percentile(histogram, total, 0.5), percentile(histogram, total, 0.9));
    }

    /** Nearest rank: the smallest value with at least p of all values at or below it. */
    static long percentile(long[] histogram, long total, double p) {
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int hours = 0; hours < histogram.length; hours++) {
            seen += histogram[hours];
            if (seen >= rank) {
                return hours;
            }
        }
        return histogram.length - 1;
    }
}
