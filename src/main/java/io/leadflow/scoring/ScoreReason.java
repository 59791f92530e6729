package io.leadflow.scoring;

import java.time.Instant;

/** One rule that gave (or took) points: what sales sees as "why it scored". */
public record ScoreReason(String rule, int points, Instant when) {}
