package io.leadflow.engagement;

import java.util.List;

/** What happened to one item of a batch. */
public record EventResult(int index, Status status, String leadId, Integer points, List<String> errors) {

    /** Outcome of one event. */
    public enum Status {
        ACCEPTED,
        DUPLICATE,
        UNKNOWN_LEAD,
        INVALID
    }
}
