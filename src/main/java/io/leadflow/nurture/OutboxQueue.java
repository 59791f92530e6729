package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dispatcher's side of the outbox: due entries, claims, and what became of each send. */
@Component
class OutboxQueue {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    OutboxQueue(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    List<Long> due(int limit) {
        return jdbc.sql("select id from email_outbox where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at, id limit ?")
                .params(Timestamp.from(clock.instant()), limit)
                .query(Long.class)
                .list();
    }

    /** Claims one entry for this dispatcher; false when another node got it first. */
    boolean claim(long id) {
        return jdbc.sql("update email_outbox set status = 'SENDING', next_attempt_at = ?"
                                + " where id = ? and status = 'PENDING'")
                        .params(Timestamp.from(clock.instant()), id)
                        .update()
                == 1;
    }

    List<Outbox.Entry> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select id, idempotency_key, lead_id, recipient, subject, html_body, text_body, unsubscribe_url,"
                                + " attempts, kind from email_outbox where id in (:ids) order by id")
                .param("ids", ids)
                .query((rs, n) -> new Outbox.Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        new LeadId(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getInt(9),
                        Outbox.Kind.valueOf(rs.getString(10))))
                .list();
    }

    void markSent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate(
                "update email_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?",
                ids.stream().map(id -> new Object[] {now, id}).toList());
    }

    /** Gives a claimed entry back unsent and unchanged (not an attempt), due at once. */
    void release(long id) {
        jdbc.sql("update email_outbox set status = 'PENDING' where id = ? and status = 'SENDING'")
                .param(id)
                .update();
    }

    void retryLater(long id, int attempts, Instant at, String error) {
        jdbc.sql("update email_outbox set status = 'PENDING', attempts = ?, next_attempt_at = ?, last_error = ?"
                        + " where id = ?")
                .params(attempts, Timestamp.from(at), abbreviate(error), id)
                .update();
    }

    /** Puts an entry back until it may go out; not a failed attempt. */
    void defer(long id, Instant until, String reason) {
        jdbc.sql("update email_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(until), "deferred: " + reason, id)
                .update();
    }

    void finish(long id, Outbox.Status status, String error) {
        jdbc.sql("update email_outbox set status = ?, last_error = ? where id = ?")
                .params(status.name(), abbreviate(error), id)
                .update();
    }

    /** Puts back entries whose dispatcher died mid-send (at-least-once for that rare case). */
    int releaseStale(Instant claimedBefore) {
        return jdbc.sql("update email_outbox set status = 'PENDING' where status = 'SENDING' and next_attempt_at < ?")
                .param(Timestamp.from(claimedBefore))
                .update();
    }

    private static String abbreviate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
