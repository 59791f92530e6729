package io.leadflow.nurture;

import java.time.Instant;

/** A bulk enrollment running in the background, with its progress. */
public record EnrollmentJob(
        String id,
        String sequence,
        String status,
        int total,
        int processed,
        int enrolled,
        int alreadyEnrolled,
        int notInNurture,
        int unknownLead,
        int percent,
        Instant createdAt,
        Instant finishedAt) {}
