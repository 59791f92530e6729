package io.leadflow.nurture;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadBulk;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadTimeline;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox entries: a batch is claimed by one node in one update, sent outside any transaction,
 * then marked sent in one update. SMTP failures retry with back-off; the last becomes an incident on
 * the lead's lifecycle (Cockpit), never a stopped campaign.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private final OutboxQueue queue;
    private final SmtpSender sender;
    private final LeadBulk leads;
    private final LeadTimeline timeline;
    private final ContactPressure pressure;
    private final DeliveryRetries retries;
    private final NurtureSettings settings;
    private final Clock clock;
    // accepted by SMTP while the database was unreachable: marked sent first thing on the next poll, so
    // a database restart does not leave them claimed until another node re-sends them as stale
    private final Map<Long, Outbox.Entry> sentUnmarked = new ConcurrentHashMap<>();

    OutboxDispatcher(
            OutboxQueue queue,
            SmtpSender sender,
            LeadBulk leads,
            LeadTimeline timeline,
            ContactPressure pressure,
            DeliveryRetries retries,
            NurtureSettings settings,
            Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.leads = leads;
        this.timeline = timeline;
        this.pressure = pressure;
        this.retries = retries;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadflow.nurture.outbox.poll-interval}")
    void scheduled() {
        if (settings.outbox().schedulingEnabled()) {
            dispatchDue();
        }
    }

    /** Sends what is due now, batch after batch while batches come back full; returns how many went out. */
    public int dispatchDue() {
        markSent(List.copyOf(sentUnmarked.values()));
        queue.releaseStale(clock.instant().minus(settings.outbox().staleClaim()));
        int sent = 0;
        boolean more;
        do {
            List<Long> due = queue.due(settings.outbox().batchSize());
            Batch batch = dispatch(queue.claim(due));
            sent += batch.sent();
            more = batch.released() || due.size() == settings.outbox().batchSize();
        } while (more);
        return sent;
    }

    /** What one batch did: emails sent, and whether it gave entries back (due again at once). */
    private record Batch(int sent, boolean released) {}

    private Batch dispatch(List<Outbox.Entry> entries) {
        Map<LeadId, Lead> byId = leads
                .find(entries.stream().map(Outbox.Entry::leadId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Lead::id, Function.identity()));
        List<Outbox.Entry> ready = new ArrayList<>();
        Set<LeadId> inBatch = new HashSet<>();
        boolean released = false;
        for (Outbox.Entry entry : entries) {
            if (settings.maxEmailsPerWeek() > 0 && !inBatch.add(entry.leadId())) {
                // the weekly cap counts what was sent: a lead's second email waits for the next batch
                queue.release(entry.id());
                released = true;
            } else if (mayGo(entry, Optional.ofNullable(byId.get(entry.leadId())))) {
                ready.add(entry);
            }
        }
        Map<Outbox.Entry, MailException> failures = sender.sendAll(ready);
        List<Outbox.Entry> sent =
                ready.stream().filter(entry -> !failures.containsKey(entry)).toList();
        sent.forEach(entry -> sentUnmarked.put(entry.id(), entry));
        failures.forEach(retries::failed);
        markSent(sent);
        return new Batch(sent.size(), released);
    }

    /** Consent at send time and contact pressure; an entry that may not go out now is settled here. */
    private boolean mayGo(Outbox.Entry entry, Optional<Lead> lead) {
        boolean marketing = entry.kind() == Outbox.Kind.MARKETING;
        if (lead.isEmpty() || (marketing && !lead.get().consent().allowsMarketingEmail())) {
            queue.finish(entry.id(), Outbox.Status.SUPPRESSED, "no marketing consent at send time");
            return false;
        }
        Optional<ContactPressure.Deferral> deferral = marketing ? pressure.check(lead.get()) : Optional.empty();
        if (deferral.isPresent()) {
            queue.defer(entry.id(), deferral.get().until(), deferral.get().reason());
            timeline.record(
                    entry.leadId(),
                    "EMAIL_DEFERRED",
                    "\"" + entry.subject() + "\" waits until " + deferral.get().until() + ": "
                            + deferral.get().reason());
            return false;
        }
        return true;
    }

    /** One update marks the batch sent and one insert adds its timeline entries. */
    private void markSent(List<Outbox.Entry> sent) {
        try {
            queue.markSent(sent.stream().map(Outbox.Entry::id).toList());
            timeline.recordAll(
                    "EMAIL_SENT", sent.stream().map(OutboxDispatcher::sentEntry).toList());
        } catch (DataAccessException e) {
            log.warn("{} emails went out but cannot be marked sent yet, retrying on the next poll", sent.size());
            throw e;
        }
        sent.forEach(entry -> sentUnmarked.remove(entry.id()));
    }

    private static Map.Entry<LeadId, String> sentEntry(Outbox.Entry entry) {
        return Map.entry(entry.leadId(), "Email sent: " + entry.subject());
    }
}
