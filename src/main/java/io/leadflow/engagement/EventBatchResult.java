package io.leadflow.engagement;

import java.util.List;

/** Counts and per-item results of a POST /api/events. */
public record EventBatchResult(int accepted, int duplicates, int rejected, List<EventResult> results) {

    static EventBatchResult of(List<EventResult> results) {
        int accepted = count(results, EventResult.Status.ACCEPTED);
        int duplicates = count(results, EventResult.Status.DUPLICATE);
        return new EventBatchResult(accepted, duplicates, results.size() - accepted - duplicates, results);
    }

    private static int count(List<EventResult> results, EventResult.Status status) {
        return (int)
                results.stream().filter(result -> result.status() == status).count();
    }
}
