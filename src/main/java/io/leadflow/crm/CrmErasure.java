package io.leadflow.crm;

import io.leadflow.lead.LeadErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erased leads: the built-in CRM keeps the opportunity (for revenue numbers) but not the person. */
@Component
class CrmErasure {

    private final JdbcClient jdbc;

    CrmErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(LeadErased erased) {
        jdbc.sql(
                        "update crm_contact set email = ?, first_name = null, last_name = null, company = null where lead_id = ?")
                .params("erased@erased.invalid", erased.leadId().value())
                .update();
    }
}
