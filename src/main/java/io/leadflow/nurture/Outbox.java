package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Emails waiting to be sent, written in the same transaction as the process step. */
@Component
class Outbox {

    enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        SUPPRESSED
    }

    /** Marketing email needs consent and respects contact pressure; transactional email (opt-in) does not. */
    enum Kind {
        MARKETING,
        TRANSACTIONAL
    }

    record Entry(
            long id,
            String key,
            LeadId leadId,
            String recipient,
            String subject,
            String html,
            String text,
            String unsubscribeUrl,
            int attempts,
            Kind kind) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String key, LeadId leadId, String recipient, RenderedEmail email) {
        add(key, leadId, recipient, email, Kind.MARKETING);
    }

    void add(String key, LeadId leadId, String recipient, RenderedEmail email, Kind kind) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into email_outbox (kind, idempotency_key, lead_id, template, recipient, subject, html_body,"
                        + " text_body, unsubscribe_url, status, attempts, next_attempt_at, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(
                        kind.name(),
                        key,
                        leadId.value(),
                        email.template(),
                        recipient,
                        email.subject(),
                        email.html(),
                        email.text(),
                        email.unsubscribeUrl(),
                        now,
                        now)
                .update();
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

    Entry load(long id) {
        return jdbc.sql(
                        "select id, idempotency_key, lead_id, recipient, subject, html_body, text_body, unsubscribe_url,"
                                + " attempts, kind from email_outbox where id = ?")
                .param(id)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        new LeadId(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getInt(9),
                        Kind.valueOf(rs.getString(10))))
                .single();
    }

    void markSent(long id) {
        jdbc.sql("update email_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?")
                .params(Timestamp.from(clock.instant()), id)
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

    void finish(long id, Status status, String error) {
        jdbc.sql("update email_outbox set status = ?, last_error = ? where id = ?")
                .params(status.name(), abbreviate(error), id)
                .update();
    }

    /** Stops whatever has not gone out yet, for a lead who unsubscribed. */
    int suppressPending(LeadId leadId) {
        return jdbc.sql("update email_outbox set status = 'SUPPRESSED', last_error = 'unsubscribed'"
                        + " where lead_id = ? and status = 'PENDING'")
                .param(leadId.value())
                .update();
    }

    /** Puts back entries whose dispatcher died mid-send (at-least-once for that rare case). */
    int releaseStale(Instant claimedBefore) {
        return jdbc.sql("update email_outbox set status = 'PENDING' where status = 'SENDING' and next_attempt_at < ?")
                .param(Timestamp.from(claimedBefore))
                .update();
    }

    void forget(LeadId leadId) {
        jdbc.sql("delete from email_outbox where lead_id = ?")
                .param(leadId.value())
                .update();
    }

    private static String abbreviate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
