package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bulk enrollment jobs: the selected lead ids in order, and progress. One worker holds a job at a
 * time (claimed with a conditional update, taken over when stale); progress commits with each chunk.
 */
@Repository
class EnrollmentJobs {

    static final Duration STALE = Duration.ofMinutes(2);
    private static final String COLUMNS = "id, sequence, status, total, processed, enrolled, already_enrolled,"
            + " not_in_nurture, unknown_lead, created_at, finished_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    EnrollmentJobs(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    String create(String sequence, List<LeadId> leads, String by) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into enrollment_job (id, sequence, status, total, processed, enrolled, already_enrolled,"
                        + " not_in_nurture, unknown_lead, requested_by, created_at)"
                        + " values (?, ?, 'RUNNING', ?, 0, 0, 0, 0, 0, ?, ?)")
                .params(id, sequence, leads.size(), by, Timestamp.from(clock.instant()))
                .update();
        batch.batchUpdate(
                "insert into enrollment_job_lead (job_id, seq_no, lead_id) values (?, ?, ?)",
                java.util.stream.IntStream.range(0, leads.size()).boxed().toList(),
                1000,
                (ps, i) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, leads.get(i).value());
                });
        return id;
    }

    Optional<EnrollmentJob> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from enrollment_job where id = ?")
                .param(id)
                .query(EnrollmentJobs::map)
                .optional();
    }

    /** Claims a running job nobody holds (or whose holder went quiet); returns its id and the token. */
    Optional<String[]> claim() {
        Timestamp stale = Timestamp.from(clock.instant().minus(STALE));
        for (String id : jdbc.sql("select id from enrollment_job where status = 'RUNNING'"
                        + " and (claim_token is null or claimed_at < ?) order by created_at limit 5")
                .param(stale)
                .query(String.class)
                .list()) {
            String token = UUID.randomUUID().toString();
            if (jdbc.sql("update enrollment_job set claim_token = ?, claimed_at = ? where id = ?"
                                    + " and status = 'RUNNING' and (claim_token is null or claimed_at < ?)")
                            .params(token, Timestamp.from(clock.instant()), id, stale)
                            .update()
                    == 1) {
                return Optional.of(new String[] {id, token});
            }
        }
        return Optional.empty();
    }

    /** Still ours? Renews the claim; false when another worker took the job over. */
    boolean renew(String id, String token) {
        return jdbc.sql("update enrollment_job set claimed_at = ? where id = ? and claim_token = ?")
                        .params(Timestamp.from(clock.instant()), id, token)
                        .update()
                == 1;
    }

    List<LeadId> next(String id, int processed, int limit) {
        return jdbc.sql("select lead_id from enrollment_job_lead where job_id = ? and seq_no >= ?"
                        + " order by seq_no limit ?")
                .params(id, processed, limit)
                .query((rs, n) -> new LeadId(rs.getString(1)))
                .list();
    }

    void count(String id, int[] outcomes) {
        int done = outcomes[0] + outcomes[1] + outcomes[2] + outcomes[3];
        jdbc.sql("update enrollment_job set processed = processed + ?, enrolled = enrolled + ?,"
                        + " already_enrolled = already_enrolled + ?, not_in_nurture = not_in_nurture + ?,"
                        + " unknown_lead = unknown_lead + ? where id = ?")
                .params(done, outcomes[0], outcomes[1], outcomes[2], outcomes[3], id)
                .update();
        jdbc.sql("update enrollment_job set status = 'DONE', claim_token = null, finished_at = ?"
                        + " where id = ? and processed >= total")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    private static EnrollmentJob map(ResultSet rs, int n) throws SQLException {
        int total = rs.getInt("total");
        int processed = rs.getInt("processed");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new EnrollmentJob(
                rs.getString("id"),
                rs.getString("sequence"),
                rs.getString("status"),
                total,
                processed,
                rs.getInt("enrolled"),
                rs.getInt("already_enrolled"),
                rs.getInt("not_in_nurture"),
                rs.getInt("unknown_lead"),
                total == 0 ? 100 : (int) Math.floor(100.0 * processed / total),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
