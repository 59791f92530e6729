package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a lead was already sent: a step's own email (retries) and a template across loops. */
@Component
class ContentMemory {

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

    boolean alreadyReceived(LeadId leadId, String template) {
        return jdbc.sql("select count(*) from email_outbox where lead_id = ? and template = ?"
                                + " and status in ('PENDING', 'SENDING', 'SENT')")
                        .params(leadId.value(), template)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
