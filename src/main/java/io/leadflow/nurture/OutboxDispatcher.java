package io.leadflow.nurture;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox entries. Each entry is claimed by one node, sent outside any transaction and then
 * marked. SMTP failures retry with exponential back-off; the last failure becomes an incident on
 * that lead's lifecycle (Cockpit), never a stopped campaign.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private final Outbox outbox;
    private final SmtpSender sender;
    private final Leads leads;
    private final LeadTimeline timeline;
    private final ContactPressure pressure;
    private final DeliveryIncidents incidents;
    private final NurtureSettings settings;
    private final Clock clock;
    // accepted by SMTP while the database was unreachable: marked sent first thing on the next poll, so
    // a database restart does not leave them claimed until another node re-sends them as stale
    private final Map<Long, Outbox.Entry> sentUnmarked = new ConcurrentHashMap<>();

    OutboxDispatcher(
            Outbox outbox,
            SmtpSender sender,
            Leads leads,
            LeadTimeline timeline,
            ContactPressure pressure,
            DeliveryIncidents incidents,
            NurtureSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.leads = leads;
        this.timeline = timeline;
        this.pressure = pressure;
        this.incidents = incidents;
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
        sentUnmarked.values().forEach(this::markSent);
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
        boolean marketing = entry.kind() == Outbox.Kind.MARKETING;
        if (lead.isEmpty() || (marketing && !lead.get().consent().allowsMarketingEmail())) {
            outbox.finish(entry.id(), Outbox.Status.SUPPRESSED, "no marketing consent at send time");
            return false;
        }
        Optional<ContactPressure.Deferral> deferral = marketing ? pressure.check(lead.get()) : Optional.empty();
        if (deferral.isPresent()) {
            outbox.defer(entry.id(), deferral.get().until(), deferral.get().reason());
            timeline.record(
                    entry.leadId(),
                    "EMAIL_DEFERRED",
                    "\"" + entry.subject() + "\" waits until " + deferral.get().until() + ": "
                            + deferral.get().reason());
            return false;
        }
        try {
            sender.send(entry);
        } catch (MailException e) {
            failed(entry, e);
            return false;
        }
        sentUnmarked.put(entry.id(), entry);
        markSent(entry);
        return true;
    }

    private void markSent(Outbox.Entry entry) {
        try {
            outbox.markSent(entry.id());
            timeline.record(entry.leadId(), "EMAIL_SENT", "Email sent: " + entry.subject());
        } catch (DataAccessException e) {
            log.warn("{} went out but cannot be marked sent yet, retrying on the next poll", entry.key());
            throw e;
        }
        sentUnmarked.remove(entry.id());
    }

    private void failed(Outbox.Entry entry, MailException e) {
        int attempts = entry.attempts() + 1;
        if (attempts >= settings.outbox().maxAttempts()) {
            outbox.finish(entry.id(), Outbox.Status.FAILED, e.getMessage());
            timeline.record(
                    entry.leadId(), "EMAIL_FAILED", "Email failed after " + attempts + " attempts: " + entry.subject());
            incidents.raise(entry, attempts, e);
            return;
        }
        Instant next = clock.instant().plus(backoff(attempts));
        outbox.retryLater(entry.id(), attempts, next, e.getMessage());
        log.info("SMTP failed for {} (attempt {}), retry at {}: {}", entry.key(), attempts, next, e.getMessage());
    }

    /** 10 s, 20 s, 40 s … capped at 30 minutes. */
    static Duration backoff(int attempts) {
        long seconds = 10L << Math.min(attempts - 1, 8);
        return Duration.ofSeconds(Math.min(seconds, 1800));
    }
}
