package io.leadflow.nurture;

import io.leadflow.lead.LeadTimeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/** An SMTP failure: retried with exponential back-off, the last attempt an incident on the lead. */
@Component
class DeliveryRetries {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetries.class);
    private final OutboxQueue queue;
    private final LeadTimeline timeline;
    private final DeliveryIncidents incidents;
    private final NurtureSettings settings;
    private final Clock clock;

    DeliveryRetries(
            OutboxQueue queue,
            LeadTimeline timeline,
            DeliveryIncidents incidents,
            NurtureSettings settings,
            Clock clock) {
        this.queue = queue;
        this.timeline = timeline;
        this.incidents = incidents;
        this.settings = settings;
        this.clock = clock;
    }

    void failed(Outbox.Entry entry, MailException e) {
        int attempts = entry.attempts() + 1;
        if (attempts >= settings.outbox().maxAttempts()) {
            queue.finish(entry.id(), Outbox.Status.FAILED, e.getMessage());
            timeline.record(
                    entry.leadId(), "EMAIL_FAILED", "Email failed after " + attempts + " attempts: " + entry.subject());
            incidents.raise(entry, attempts, e);
            return;
        }
        Instant next = clock.instant().plus(backoff(attempts));
        queue.retryLater(entry.id(), attempts, next, e.getMessage());
        log.info("SMTP failed for {} (attempt {}), retry at {}: {}", entry.key(), attempts, next, e.getMessage());
    }

    /** 10 s, 20 s, 40 s … capped at 30 minutes. */
    static Duration backoff(int attempts) {
        long seconds = 10L << Math.min(attempts - 1, 8);
        return Duration.ofSeconds(Math.min(seconds, 1800));
    }
}
