package io.leadflow.engagement;

import io.leadflow.engagement.EventResult.Status;
import io.leadflow.lead.LeadBulk;
import io.leadflow.lead.LeadId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores and scores engagement events. A request's events are handled in one transaction with
 * their leads' rows locked (in id order), so parallel requests never lose points or qualify a lead
 * twice, and a failed request leaves nothing half-written.
 */
@Service
public class EngagementIntake {

    /** An event that passed validation, with its place in the request. */
    public record Item(int index, EngagementEvent event) {}

    private final LeadBulk leads;
    private final EventBatch batch;
    private final TransactionTemplate transactions;

    EngagementIntake(LeadBulk leads, EventBatch batch, TransactionTemplate transactions) {
        this.leads = leads;
        this.batch = batch;
        this.transactions = transactions;
    }

    public List<EventResult> ingest(List<Item> items) {
        Map<LeadId, List<Item>> byLead = new LinkedHashMap<>();
        List<Item> unknown = new ArrayList<>();
        resolve(items, byLead, unknown);
        List<EventResult> results = new ArrayList<>(unknown(unknown));
        if (!byLead.isEmpty()) {
            results.addAll(inTransaction(byLead));
        }
        return results;
    }

    /** The batch commits together; a lock wait that timed out (or lost a deadlock) is tried again. */
    private List<EventResult> inTransaction(Map<LeadId, List<Item>> byLead) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    Map<LeadId, LeadBulk.ScoringState> locked = leads.lockForScoring(byLead.keySet());
                    List<EventResult> results = new ArrayList<>();
                    Map<LeadId, List<Item>> present = new LinkedHashMap<>();
                    byLead.forEach((id, leadItems) -> {
                        if (locked.containsKey(id)) {
                            present.put(id, leadItems);
                        } else {
                            results.addAll(unknown(leadItems));
                        }
                    });
                    results.addAll(batch.score(present, locked));
                    return results;
                });
            } catch (TransientDataAccessException busy) {
                if (attempt == 3) {
                    throw busy;
                }
            }
        }
    }

    /**
     * Lead ids of the whole request, emails resolved in one query; whether an id belongs to a live
     * lead is answered by the lock.
     */
    private void resolve(List<Item> items, Map<LeadId, List<Item>> byLead, List<Item> unknown) {
        Map<String, LeadId> byEmail = leads.idsByEmail(items.stream()
                .filter(item -> !byId(item.event()))
                .map(item -> email(item.event()))
                .toList());
        for (Item item : items) {
            LeadId id =
                    byId(item.event()) ? new LeadId(item.event().leadId().trim()) : byEmail.get(email(item.event()));
            if (id == null) {
                unknown.add(item);
            } else {
                byLead.computeIfAbsent(id, key -> new ArrayList<>()).add(item);
            }
        }
    }

    private static boolean byId(EngagementEvent event) {
        return event.leadId() != null && !event.leadId().isBlank();
    }

    private static String email(EngagementEvent event) {
        return event.email().trim().toLowerCase(Locale.ROOT);
    }

    private static List<EventResult> unknown(List<Item> items) {
        return items.stream()
                .map(item -> new EventResult(item.index(), Status.UNKNOWN_LEAD, null, null, List.of("no such lead")))
                .toList();
    }
}
