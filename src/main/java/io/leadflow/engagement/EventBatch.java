package io.leadflow.engagement;

import io.leadflow.engagement.EventResult.Status;
import io.leadflow.lead.LeadBulk;
import io.leadflow.lead.LeadId;
import io.leadflow.scoring.EngagementScoring;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Scores the events of locked leads set-based: duplicates and the day's credited points are read
 * once for the whole batch, events inserted in one JDBC batch, and each lead's score updated once.
 */
@Component
class EventBatch {

    private final EventStore store;
    private final EngagementScoring scoring;
    private final EventReactions reactions;
    private final Clock clock;

    EventBatch(EventStore store, EngagementScoring scoring, EventReactions reactions, Clock clock) {
        this.store = store;
        this.scoring = scoring;
        this.reactions = reactions;
        this.clock = clock;
    }

    /** Call in a transaction with the leads locked; locked is their state as read under the lock. */
    List<EventResult> score(
            Map<LeadId, List<EngagementIntake.Item>> byLead, Map<LeadId, LeadBulk.ScoringState> locked) {
        if (byLead.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>(store.known(clientEventIds(byLead)));
        Map<Instant, Map<String, Integer>> creditedByDay = new HashMap<>();
        List<EventStore.Row> rows = new ArrayList<>();
        List<EventResult> results = new ArrayList<>();
        Map<LeadId, Double> credited = new LinkedHashMap<>();
        byLead.forEach((id, items) -> {
            double sum = 0;
            for (EngagementIntake.Item item : items) {
                EngagementEvent event = item.event();
                if (event.eventId() != null && !seen.add(id.value() + " " + event.eventId())) {
                    results.add(new EventResult(item.index(), Status.DUPLICATE, id.value(), null, List.of()));
                    continue;
                }
                Instant occurredAt = event.occurredAt() == null ? now : event.occurredAt();
                Map<String, Integer> today = creditedByDay.computeIfAbsent(
                        EventStore.utcDay(occurredAt), day -> store.creditedOnDay(byLead.keySet(), day));
                EngagementScoring.RulePoints rule =
                        scoring.rulePoints(event.type().name(), event.content(), event.url());
                int points = credit(rule, id.value() + " " + event.type().name(), today);
                rows.add(new EventStore.Row(id, event, occurredAt, points, rule.rule()));
                results.add(new EventResult(item.index(), Status.ACCEPTED, id.value(), points, List.of()));
                sum += points;
            }
            credited.put(id, sum);
        });
        store.addAll(rows, now);
        scoring.applyAll(credited, locked);
        react(byLead, results);
        return results;
    }

    /** The rule's points; positive points stop at its daily cap for the type (0 = no cap). */
    private static int credit(EngagementScoring.RulePoints rule, String key, Map<String, Integer> today) {
        if (rule.points() <= 0 || rule.dailyCap() <= 0) {
            return rule.points();
        }
        int already = today.getOrDefault(key, 0);
        int points = Math.max(0, Math.min(rule.points(), rule.dailyCap() - already));
        today.put(key, already + points);
        return points;
    }

    private void react(Map<LeadId, List<EngagementIntake.Item>> byLead, List<EventResult> results) {
        Map<Integer, EventResult> byIndex = new HashMap<>();
        results.forEach(result -> byIndex.put(result.index(), result));
        byLead.forEach((id, items) -> items.stream()
                .filter(item -> byIndex.get(item.index()).status() == Status.ACCEPTED)
                .forEach(item -> reactions.react(id, item.event())));
    }

    private static Set<EventStore.ClientEventId> clientEventIds(Map<LeadId, List<EngagementIntake.Item>> byLead) {
        Set<EventStore.ClientEventId> ids = new HashSet<>();
        byLead.forEach((lead, items) -> items.stream()
                .map(item -> item.event().eventId())
                .filter(Objects::nonNull)
                .forEach(eventId -> ids.add(new EventStore.ClientEventId(lead, eventId))));
        return ids;
    }
}
