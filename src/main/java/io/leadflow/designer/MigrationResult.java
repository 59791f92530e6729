package io.leadflow.designer;

import java.util.Map;

/** A migration that ran: how many instances moved from which activity, and how many stayed. */
public record MigrationResult(
        String id,
        String processKey,
        String targetDefinitionId,
        Integer canaryPercent,
        long migrated,
        Map<String, Long> migratedAt,
        Map<String, Long> skippedAt) {}
