package io.leadflow.crm;

import io.leadflow.lead.Lead;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The built-in CRM: contact and opportunity rows in the app's own tables. */
@Component
@ConditionalOnProperty(name = "leadflow.crm.adapter", havingValue = "local", matchIfMissing = true)
class LocalCrmGateway implements CrmGateway {

    private final JdbcClient jdbc;
    private final Clock clock;

    LocalCrmGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CrmHandover handOver(Lead lead, String handoverKey) {
        Optional<CrmHandover> existing = jdbc.sql("select contact_id, id from crm_opportunity where handover_key = ?")
                .param(handoverKey)
                .query((rs, n) -> new CrmHandover(rs.getString(1), rs.getString(2)))
                .optional();
        return existing.orElseGet(() -> create(lead, handoverKey));
    }

    private CrmHandover create(Lead lead, String handoverKey) {
        Timestamp now = Timestamp.from(clock.instant());
        String contactId = jdbc.sql("select id from crm_contact where lead_id = ?")
                .param(lead.id().value())
                .query(String.class)
                .optional()
                .orElseGet(() -> insertContact(lead, now));
        String opportunityId = UUID.randomUUID().toString();
        jdbc.sql("insert into crm_opportunity (id, handover_key, lead_id, contact_id, name, status, created_at)"
                        + " values (?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(
                        opportunityId,
                        handoverKey,
                        lead.id().value(),
                        contactId,
                        (lead.company() == null ? lead.displayName() : lead.company()) + " – new business",
                        now)
                .update();
        return new CrmHandover(contactId, opportunityId);
    }

    private String insertContact(Lead lead, Timestamp now) {
        String contactId = UUID.randomUUID().toString();
        jdbc.sql("insert into crm_contact (id, lead_id, email, first_name, last_name, company, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        contactId,
                        lead.id().value(),
                        lead.email(),
                        lead.firstName(),
                        lead.lastName(),
                        lead.company(),
                        now)
                .update();
        return contactId;
    }
}
