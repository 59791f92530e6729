package io.leadflow.nurture;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox entries. Each entry is claimed by one node, sent outside any transaction and then
 * marked; SMTP failures retry with exponential back-off and end as FAILED on the lead's timeline.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private final Outbox outbox;
    private final SmtpSender sender;
    private final Leads leads;
    private final LeadTimeline timeline;
    private final NurtureSettings settings;
    private final Clock clock;

    OutboxDispatcher(
            Outbox outbox,
            SmtpSender sender,
            Leads leads,
            LeadTimeline timeline,
            NurtureSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.leads = leads;
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadflow.nurture.outbox.poll-interval}")
    void scheduled() {
        if (settings.outbox().schedulingEnabled()) {
            dispatchDue();
        }
    }

    /** Sends what is due now; returns how many emails went out. */
    public int dispatchDue() {
        outbox.releaseStale(clock.instant().minus(settings.outbox().staleClaim()));
        int sent = 0;
        for (long id : outbox.due(settings.outbox().batchSize())) {
            if (outbox.claim(id) && deliver(outbox.load(id))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Outbox.Entry entry) {
        Optional<Lead> lead = leads.find(entry.leadId());
        if (lead.isEmpty() || !lead.get().consent().allowsMarketingEmail()) {
            outbox.finish(entry.id(), Outbox.Status.SUPPRESSED, "no marketing consent at send time");
            return false;
        }
        try {
            sender.send(entry);
        } catch (MailException e) {
            failed(entry, e);
            return false;
        }
        outbox.markSent(entry.id());
        timeline.record(entry.leadId(), "EMAIL_SENT", "Email sent: " + entry.subject());
        return true;
    }

    private void failed(Outbox.Entry entry, MailException e) {
        if (entry.attempts() >= settings.outbox().maxAttempts()) {
            outbox.finish(entry.id(), Outbox.Status.FAILED, e.getMessage());
            timeline.record(
                    entry.leadId(),
                    "EMAIL_FAILED",
                    "Email failed after " + entry.attempts() + " attempts: " + entry.subject());
            log.warn("Giving up on email {} after {} attempts", entry.key(), entry.attempts(), e);
            return;
        }
        Instant next = clock.instant().plus(backoff(entry.attempts()));
        outbox.retryLater(entry.id(), next, e.getMessage());
        log.info(
                "SMTP failed for {} (attempt {}), retry at {}: {}",
                entry.key(),
                entry.attempts(),
                next,
                e.getMessage());
    }

    /** 10 s, 20 s, 40 s … capped at 30 minutes. */
    static Duration backoff(int attempts) {
        long seconds = 10L << Math.min(attempts - 1, 8);
        return Duration.ofSeconds(Math.min(seconds, 1800));
    }
}
