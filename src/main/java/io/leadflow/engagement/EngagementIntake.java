package io.leadflow.engagement;

import io.leadflow.engagement.EventResult.Status;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.scoring.EngagementScoring;
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
    private final EventReactions reactions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EngagementIntake(
            Leads leads,
            EventStore store,
            EngagementScoring scoring,
            EventReactions reactions,
            TransactionTemplate transactions,
            Clock clock) {
        this.leads = leads;
        this.store = store;
        this.scoring = scoring;
        this.reactions = reactions;
        this.transactions = transactions;
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

    private void react(LeadId id, List<Item> items, List<EventResult> results) {
        for (int i = 0; i < items.size(); i++) {
            if (results.get(i).status() == Status.ACCEPTED) {
                reactions.react(id, items.get(i).event());
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
