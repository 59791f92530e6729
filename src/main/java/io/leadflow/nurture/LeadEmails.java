package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The emails of one lead from the outbox (sent, waiting, failed, suppressed), newest first. */
@Component
public class LeadEmails {

    /** One outbox entry as the lead page shows it. */
    public record Email(
            String template, String subject, String status, int attempts, Instant createdAt, Instant sentAt) {}

    private final JdbcClient jdbc;

    LeadEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Email> newestFirst(LeadId leadId, int limit) {
        return jdbc.sql("select template, subject, status, attempts, created_at, sent_at from email_outbox"
                        + " where lead_id = ? and kind <> 'INTERNAL' order by created_at desc, id desc limit ?")
                .params(leadId.value(), limit)
                .query((rs, n) -> new Email(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant(),
                        instant(rs.getTimestamp(6))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
