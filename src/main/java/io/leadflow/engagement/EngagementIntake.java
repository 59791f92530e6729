package io.leadflow.engagement;

import io.leadflow.engagement.EventResult.Status;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadSignals;
import io.leadflow.lead.Leads;
import io.leadflow.nurture.Unsubscriptions;
import io.leadflow.scoring.BuyingStages;
import io.leadflow.scoring.EngagementScoring;
import io.leadflow.scoring.Qualification;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores and scores engagement events. Events of one lead are handled together in one transaction
 * with the lead's row locked, so parallel requests never lose points or qualify a lead twice.
 */
@Service
public class EngagementIntake {

    /** An event that passed validation, with its place in the request. */
    public record Item(int index, EngagementEvent event) {}

    private final Leads leads;
    private final EventStore store;
    private final EngagementScoring scoring;
    private final BuyingStages buyingStages;
    private final Qualification qualification;
    private final Unsubscriptions unsubscriptions;
    private final TransactionTemplate transactions;
    private final LeadSignals signals;
    private final Clock clock;

    EngagementIntake(
            Leads leads,
            EventStore store,
            EngagementScoring scoring,
            BuyingStages buyingStages,
            Qualification qualification,
            Unsubscriptions unsubscriptions,
            TransactionTemplate transactions,
            LeadSignals signals,
            Clock clock) {
        this.leads = leads;
        this.store = store;
        this.scoring = scoring;
        this.buyingStages = buyingStages;
        this.qualification = qualification;
        this.unsubscriptions = unsubscriptions;
        this.transactions = transactions;
        this.signals = signals;
        this.clock = clock;
    }

    public List<EventResult> ingest(List<Item> items) {
        List<EventResult> results = new ArrayList<>();
        Map<Optional<LeadId>, List<Item>> byLead = new java.util.LinkedHashMap<>();
        items.forEach(item -> byLead.computeIfAbsent(resolve(item.event()), key -> new ArrayList<>())
                .add(item));
        byLead.forEach((leadId, leadItems) ->
                results.addAll(leadId.map(id -> inTransaction(id, leadItems)).orElseGet(() -> unknown(leadItems))));
        return results;
    }

    /** A lead's events commit together; a lock wait that timed out under load is tried again. */
    private List<EventResult> inTransaction(LeadId id, List<Item> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> ingestForLead(id, items));
            } catch (TransientDataAccessException busy) {
                if (attempt == 3) {
                    throw busy;
                }
            }
        }
    }

    private List<EventResult> ingestForLead(LeadId id, List<Item> items) {
        if (!leads.lock(id)) {
            return unknown(items);
        }
        List<EventResult> results = new ArrayList<>();
        double credited = 0;
        for (Item item : items) {
            EventResult result = store(id, item);
            results.add(result);
            credited += result.points() == null ? 0 : result.points();
        }
        scoring.apply(id, credited);
        react(id, items, results);
        return results;
    }

    private EventResult store(LeadId id, Item item) {
        EngagementEvent event = item.event();
        if (store.contains(id, event.eventId())) {
            return new EventResult(item.index(), Status.DUPLICATE, id.value(), null, List.of());
        }
        Instant occurredAt = event.occurredAt() == null ? clock.instant() : event.occurredAt();
        EngagementScoring.RulePoints rule = scoring.rulePoints(event.type().name(), event.content(), event.url());
        int points = capped(rule, store.creditedOnDay(id, event.type(), occurredAt));
        store.add(id, event, occurredAt, clock.instant(), points, rule.rule());
        return new EventResult(item.index(), Status.ACCEPTED, id.value(), points, List.of());
    }

    /** Positive points stop at the rule's daily cap for the event type; 0 means no cap. */
    private static int capped(EngagementScoring.RulePoints rule, int alreadyToday) {
        if (rule.points() <= 0 || rule.dailyCap() <= 0) {
            return rule.points();
        }
        return Math.max(0, Math.min(rule.points(), rule.dailyCap() - alreadyToday));
    }

    /** State changes beyond the score: key actions, hand-raise, opt-out. */
    private void react(LeadId id, List<Item> items, List<EventResult> results) {
        Lead lead = leads.require(id);
        for (int i = 0; i < items.size(); i++) {
            if (results.get(i).status() != Status.ACCEPTED) {
                continue;
            }
            EngagementEvent event = items.get(i).event();
            if (event.content() != null) {
                buyingStages.advance(leads.require(id), event.content());
            }
            switch (event.type()) {
                case DEMO_REQUESTED -> qualification.raiseHand(id, "requested a demo");
                case EMAIL_CLICKED -> signals.raise(id, LeadProcess.MESSAGE_NURTURE_ENGAGED, "clicked", null);
                case UNSUBSCRIBED -> unsubscriptions.unsubscribe(id, "unsubscribe event");
                case EMAIL_BOUNCED -> unsubscriptions.unsubscribe(id, "hard bounce");
                default -> {}
            }
        }
    }

    private Optional<LeadId> resolve(EngagementEvent event) {
        if (event.leadId() != null && !event.leadId().isBlank()) {
            return leads.find(new LeadId(event.leadId().trim())).map(Lead::id);
        }
        return leads.findIdByEmail(event.email());
    }

    private static List<EventResult> unknown(List<Item> items) {
        return items.stream()
                .map(item -> new EventResult(item.index(), Status.UNKNOWN_LEAD, null, null, List.of("no such lead")))
                .toList();
    }
}
