package io.leadflow.scoring;

import java.time.Instant;

/** Progress and result of re-scoring every lead after a rule change. */
public record RescoreJob(
        String id,
        boolean dryRun,
        String status,
        int total,
        int processed,
        int gradeChanges,
        int newlyMql,
        int noLongerMql,
        Instant startedAt,
        Instant finishedAt,
        String error) {}
