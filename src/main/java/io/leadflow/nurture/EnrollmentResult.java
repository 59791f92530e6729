package io.leadflow.nurture;

import java.util.Map;

/** How many leads a bulk enrollment sent into the sequence, and why the others were skipped. */
public record EnrollmentResult(String sequence, int enrolled, int skipped, Map<String, Integer> skippedBecause) {}
