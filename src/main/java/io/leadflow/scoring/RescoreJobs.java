package io.leadflow.scoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rescore_job table: one row per run, updated after every batch so progress is visible. */
@Component
class RescoreJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    RescoreJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String start(boolean dryRun, long total) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into rescore_job (id, dry_run, status, total, processed, grade_changes, newly_mql,"
                        + " no_longer_mql, started_at) values (?, ?, 'RUNNING', ?, 0, 0, 0, 0, ?)")
                .params(id, dryRun, total, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    void progress(String id, int processed, int gradeChanges, int newlyMql, int noLongerMql) {
        jdbc.sql(
                        "update rescore_job set processed = ?, grade_changes = ?, newly_mql = ?, no_longer_mql = ? where id = ?")
                .params(processed, gradeChanges, newlyMql, noLongerMql, id)
                .update();
    }

    void finish(String id, String status, String error) {
        jdbc.sql("update rescore_job set status = ?, finished_at = ?, error = ? where id = ?")
                .params(status, Timestamp.from(clock.instant()), error, id)
                .update();
    }

    Optional<RescoreJob> find(String id) {
        return jdbc.sql("select id, dry_run, status, total, processed, grade_changes, newly_mql, no_longer_mql,"
                        + " started_at, finished_at, error from rescore_job where id = ?")
                .param(id)
                .query((rs, n) -> new RescoreJob(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                        rs.getString(11)))
                .optional();
    }
}
