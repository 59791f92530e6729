package io.leadflow.designer;

/** A reverted migration: instances moved back, and those that could not (ended or moved on to new steps). */
public record RevertResult(String id, long reverted, long skipped) {}
