package io.leadflow.lead;

/** Published when a lead's marketing consent waits for its double opt-in confirmation. */
public record ConsentRequested(LeadId leadId) {}
