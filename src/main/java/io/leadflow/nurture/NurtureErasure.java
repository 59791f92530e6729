package io.leadflow.nurture;

import io.leadflow.lead.LeadErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Erased leads: their queued and sent emails (addresses, rendered names) are deleted too. */
@Component
class NurtureErasure {

    private final Outbox outbox;

    NurtureErasure(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(LeadErased erased) {
        outbox.forget(erased.leadId());
    }
}
