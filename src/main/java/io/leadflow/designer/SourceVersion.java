package io.leadflow.designer;

import java.util.List;
import java.util.Map;

/**
 * Running instances of one older version: how many wait at each activity, the proposed mapping
 * (equal activity ids), the waiting activities without a target, and how many instances can move.
 */
public record SourceVersion(
        String definitionId,
        int version,
        long instances,
        Map<String, Long> waitingAt,
        Map<String, String> mapping,
        List<String> unmapped,
        long migratable,
        List<String> problems) {}
