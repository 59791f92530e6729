package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dispatcher's side of the outbox: due entries, claims, and what became of each send. */
@Component
class OutboxQueue {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Long> due(int limit) {
        return jdbc.sql("select id from email_outbox where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at, id limit ?")
                .params(Timestamp.from(clock.instant()), limit)
                .query(Long.class)
                .list();
    }

    /**
     * Claims the due entries still pending for this dispatcher in one update, marked with a fresh token,
     * and loads exactly the rows that token holds: an entry another node claimed first is not among them.
     */
    List<Outbox.Entry> claim(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        jdbc.sql("update email_outbox set status = 'SENDING', claim_token = :token, next_attempt_at = :now"
                        + " where id in (:ids) and status = 'PENDING'")
                .param("token", token)
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", ids)
                .update();
        return jdbc.sql(
                        "select id, idempotency_key, lead_id, recipient, subject, html_body, text_body, unsubscribe_url,"
                                + " attempts, kind from email_outbox where id in (:ids) and claim_token = :token"
                                + " and status = 'SENDING' order by id")
                .param("ids", ids)
                .param("token", token)
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

    /** One update for the whole batch. */
    void markSent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update email_outbox set status = 'SENT', sent_at = :now, last_error = null where id in (:ids)")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", ids)
                .update();
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
