package io.leadflow.lead;

import java.time.Instant;

/** A lead entered a lifecycle stage; left is null while it is still there. */
public record StageChange(LifecycleStage stage, LifecycleStage from, String reason, Instant entered, Instant left) {}
