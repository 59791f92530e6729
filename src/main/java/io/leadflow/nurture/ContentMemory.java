package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a lead was already sent: a step's own email (retries) and a template across loops. */
@Component
class ContentMemory {

    /** What the outbox already holds for a step about to queue its email. */
    enum Sent {
        /** this step's own email (same key): a retried job, nothing to do */
        QUEUED,
        /** the same template from another step or sequence, pending or sent */
        RECEIVED,
        NOTHING
    }

    private final JdbcClient jdbc;

    ContentMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean queued(String key) {
        return jdbc.sql("select count(*) from email_outbox where idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Both questions in one round trip, each answered by its own index (key; lead and template). Two
     * scalar subqueries rather than a union: H2 caches a parsed select, never a union.
     */
    Sent lookup(String key, LeadId leadId, String template) {
        return jdbc.sql("select (select count(*) from email_outbox where idempotency_key = ?),"
                        + " (select count(*) from email_outbox where lead_id = ? and template = ?"
                        + " and status in ('PENDING', 'SENDING', 'SENT'))")
                .params(key, leadId.value(), template)
                .query((rs, n) -> rs.getLong(1) > 0 ? Sent.QUEUED : rs.getLong(2) > 0 ? Sent.RECEIVED : Sent.NOTHING)
                .single();
    }
}
