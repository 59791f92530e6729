package io.leadflow.sales;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MergeDuplicateLead: sales named the lead this one duplicates. Both timelines say so and
 * this lifecycle ends as DISQUALIFIED; the original lead keeps its own lifecycle.
 */
@Component
class MergeDuplicateLeadDelegate implements JavaDelegate {

    private final Leads leads;
    private final LeadTimeline timeline;

    MergeDuplicateLeadDelegate(Leads leads, LeadTimeline timeline) {
        this.leads = leads;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Lead duplicate = leads.require(new LeadId(execution.getProcessBusinessKey()));
        Lead original = leads.require(new LeadId((String) execution.getVariable(LeadProcess.VAR_DUPLICATE_OF_LEAD_ID)));
        timeline.record(duplicate.id(), "MERGED_AS_DUPLICATE", "Merged into " + original.email() + " as a duplicate");
        timeline.record(
                original.id(), "DUPLICATE_MERGED", "Duplicate lead " + duplicate.email() + " merged into this one");
        // the stage reason comes from this variable: an id, since process variables hold no emails
        execution.setVariable(
                LeadProcess.VAR_MERGE_REASON,
                "Duplicate of lead " + original.id().value());
    }
}
