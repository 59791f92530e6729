package io.leadflow.nurture;

/**
 * What a bulk enrollment would do, for the confirm step: how many leads are selected, how many
 * switch from another sequence (at once, their current sequence stops), how many are in this one
 * already (left alone) and how many are not in nurture (with sales, customers: skipped).
 */
public record EnrollmentPreview(
        String sequence,
        int selected,
        int willEnroll,
        int fromOtherSequences,
        int alreadyInSequence,
        int notInNurture,
        String whatHappens) {}
