package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stays that began in the training window before asOf, counted by the database by stage, where
 * they went (to_stage, kept by LeadStages) and length in days; a stay that ended at or after asOf is
 * still open as of then and is counted by its age instead. One indexed range scan; memory is the
 * fixed-size {@link StayStatistics}.
 */
@Component
class StayHistory {

    private final JdbcClient jdbc;
    private final Elapsed elapsed;

    StayHistory(JdbcClient jdbc, Elapsed elapsed) {
        this.jdbc = jdbc;
        this.elapsed = elapsed;
    }

    StayStatistics read(Instant asOf, int trainingWeeks) {
        Instant start = asOf.minus(Duration.ofDays(7L * trainingWeeks));
        StayStatistics stats = new StayStatistics(asOf, trainingWeeks * 7);
        Timestamp at = Timestamp.from(asOf);
        String closed = "left_at < cast(? as timestamp)";
        jdbc.sql("select stage, closed, nxt, d, count(*), sum(arrival), min(entered_at) from (select stage,"
                        + " case when " + closed + " then 1 else 0 end as closed,"
                        + " case when " + closed + " then to_stage end as nxt,"
                        + " case when " + closed + " then " + elapsed.days("entered_at", "left_at")
                        + " else " + elapsed.days("entered_at", "cast(? as timestamp)") + " end as d,"
                        + " case when from_stage is null then 1 else 0 end as arrival, entered_at"
                        + " from lead_stage_history where entered_at >= ? and entered_at < ?) t"
                        + " group by stage, closed, nxt, d")
                .params(at, at, at, at, Timestamp.from(start), at)
                .query(rs -> {
                    LifecycleStage stage = LifecycleStage.valueOf(rs.getString(1));
                    String next = rs.getString(3);
                    int days = (int) Math.max(0, Math.min(Integer.MAX_VALUE, rs.getLong(4)));
                    long count = rs.getLong(5);
                    if (rs.getInt(2) == 1) {
                        stats.closed(stage, days, next == null ? null : LifecycleStage.valueOf(next), count);
                    } else {
                        stats.open(stage, days, count);
                    }
                    stats.arrivals(stage, rs.getLong(6));
                    stats.earliest(rs.getTimestamp(7).toInstant());
                });
        return stats;
    }
}
