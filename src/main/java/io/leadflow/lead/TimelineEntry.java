package io.leadflow.lead;

import java.time.Instant;

/** One thing that happened to a lead, as shown on its timeline. */
public record TimelineEntry(Instant occurredAt, String type, String summary) {}
