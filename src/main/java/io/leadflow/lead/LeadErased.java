package io.leadflow.lead;

/** Published in the erasing transaction: every module deletes the personal data it holds. */
public record LeadErased(LeadId leadId) {}
