package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.Leads;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops all marketing email for a lead at once: consent withdrawn, queued emails suppressed, and
 * the lifecycle told (its unsubscribe event sub-process records it and keeps the lead listening
 * for a hand-raise).
 */
@Service
public class Unsubscriptions {

    static final String PURPOSE = "unsubscribe";
    private final Leads leads;
    private final Outbox outbox;
    private final RuntimeService runtime;

    Unsubscriptions(Leads leads, Outbox outbox, RuntimeService runtime) {
        this.leads = leads;
        this.outbox = outbox;
        this.runtime = runtime;
    }

    @Transactional
    public void unsubscribe(LeadId id, String how) {
        stopMarketingEmail(id, how);
        runtime.createMessageCorrelation(LeadProcess.MESSAGE_UNSUBSCRIBED)
                .processInstanceBusinessKey(id.value())
                .correlateAllWithResult();
    }

    void stopMarketingEmail(LeadId id, String how) {
        leads.withdrawMarketingConsent(id, how);
        outbox.suppressPending(id);
    }
}
