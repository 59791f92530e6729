package io.leadflow.lead;

/** A lead about to be created: its new id and the submission it comes from. */
record NewLead(LeadId id, LeadForm form) {

    static NewLead of(LeadForm form) {
        return new NewLead(LeadId.newId(), form);
    }
}
