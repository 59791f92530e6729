package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the stays that began in the training window before asOf, in lead order, and pairs each with
 * the next row of its lead to learn where it went. Only rows before asOf count: a stay that ended
 * later is still open as of then. Streams; memory is the fixed-size {@link StayStatistics}.
 */
@Component
class StayHistory {

    private final JdbcClient jdbc;

    StayHistory(DataSource dataSource) {
        this.jdbc = StreamingJdbc.of(dataSource);
    }

    StayStatistics read(Instant asOf, int trainingWeeks) {
        Instant start = asOf.minus(Duration.ofDays(7L * trainingWeeks));
        StayStatistics stats = new StayStatistics(asOf, trainingWeeks * 7);
        Row[] previous = {null};
        jdbc.sql("select lead_id, stage, from_stage, entered_at, left_at from lead_stage_history"
                        + " where entered_at >= ? and entered_at < ? order by lead_id, entered_at, id")
                .params(Timestamp.from(start), Timestamp.from(asOf))
                .query(rs -> {
                    Row row = Row.of(rs, asOf);
                    if (previous[0] != null) {
                        Row prev = previous[0];
                        boolean sameLead = prev.leadId.equals(row.leadId);
                        stats.stay(prev.stage, prev.enteredAt, prev.leftAt, sameLead ? row.stage : null);
                    }
                    if (row.fromStage == null) {
                        stats.arrival(row.stage, row.enteredAt);
                    }
                    previous[0] = row;
                });
        if (previous[0] != null) {
            stats.stay(previous[0].stage, previous[0].enteredAt, previous[0].leftAt, null);
        }
        return stats;
    }

    /** One history row; leftAt is null when the stay was still open at asOf. */
    private record Row(String leadId, LifecycleStage stage, String fromStage, Instant enteredAt, Instant leftAt) {

        static Row of(ResultSet rs, Instant asOf) throws SQLException {
            Timestamp left = rs.getTimestamp(5);
            Instant leftAt = left == null || !left.toInstant().isBefore(asOf) ? null : left.toInstant();
            return new Row(
                    rs.getString(1),
                    LifecycleStage.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    leftAt);
        }
    }
}
