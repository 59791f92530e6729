package io.leadflow.lead;

/** Answer to one submission: the lead as stored once it committed, and whether this submission created it. */
public record SubmittedLead(Lead lead, boolean created) {

    public LeadId id() {
        return lead.id();
    }
}
