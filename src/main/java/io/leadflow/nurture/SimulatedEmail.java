package io.leadflow.nurture;

/** One email a simulated lead would receive: which step, which template and subject, how many days in. */
public record SimulatedEmail(int step, String activityId, String template, String subject, long dayOffset) {}
