package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import org.springframework.stereotype.Component;

/**
 * Plain-text emails to colleagues about a lead (SLA reminders to sales reps). They go through the
 * outbox like every email, so a retried step never mails twice, but skip consent, contact pressure
 * and unsubscribe headers: the recipient is not the lead.
 */
@Component
public class InternalEmails {

    private final Outbox outbox;
    private final ContentMemory memory;

    InternalEmails(Outbox outbox, ContentMemory memory) {
        this.outbox = outbox;
        this.memory = memory;
    }

    /** Queues the email in the caller's transaction; a key already queued is ignored. */
    public void queue(String key, LeadId about, String recipient, String subject, String text) {
        if (memory.queued(key)) {
            return;
        }
        outbox.add(
                key, about, recipient, new RenderedEmail("internal", subject, null, text, null), Outbox.Kind.INTERNAL);
    }
}
