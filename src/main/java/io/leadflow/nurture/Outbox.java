package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Emails waiting to be sent, written in the same transaction as the process step; sent by {@link OutboxDispatcher}. */
@Component
class Outbox {

    enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        SUPPRESSED
    }

    /**
     * Marketing email needs consent and respects contact pressure; transactional email to the lead
     * (opt-in) does not; internal email goes to a colleague about the lead.
     */
    enum Kind {
        MARKETING,
        TRANSACTIONAL,
        INTERNAL
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

    /** Stops whatever has not gone out yet, for a lead who unsubscribed. */
    int suppressPending(LeadId leadId) {
        return jdbc.sql("update email_outbox set status = 'SUPPRESSED', last_error = 'unsubscribed'"
                        + " where lead_id = ? and status = 'PENDING'")
                .param(leadId.value())
                .update();
    }

    void forget(LeadId leadId) {
        jdbc.sql("delete from email_outbox where lead_id = ?")
                .param(leadId.value())
                .update();
    }
}
