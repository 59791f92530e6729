package io.leadflow.scoring;

/** Result of the LeadFit decision: grade A (best) to D and the points behind it. */
public record FitScore(String grade, int points) {}
