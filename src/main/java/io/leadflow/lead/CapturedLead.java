package io.leadflow.lead;

/** Result of a capture: the lead's id and whether this submission created it or merged into it. */
public record CapturedLead(LeadId id, boolean created) {}
