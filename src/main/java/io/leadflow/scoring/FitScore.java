package io.leadflow.scoring;

import java.util.List;

/** Result of the fit rules: grade A (best) to D, the points and the rules behind them. */
public record FitScore(String grade, int points, List<ScoreReason> reasons) {}
