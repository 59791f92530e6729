package io.leadflow.crm;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_HandOverToCrm (async, retried): one opportunity per acceptance, keyed by the accepted sales
 * task, so a retried job finds the opportunity it already created.
 */
@Component
class HandOverToCrmDelegate implements JavaDelegate {

    private final Leads leads;
    private final CrmGateway crm;
    private final LeadTimeline timeline;

    HandOverToCrmDelegate(Leads leads, CrmGateway crm, LeadTimeline timeline) {
        this.leads = leads;
        this.crm = crm;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Lead lead = leads.require(new LeadId(execution.getProcessBusinessKey()));
        String handoverKey = lead.id().value() + ":" + execution.getVariable(LeadProcess.VAR_SALES_TASK_ID);
        CrmHandover handover = crm.handOver(lead, handoverKey);
        execution.setVariable(LeadProcess.VAR_OPPORTUNITY_ID, handover.opportunityId());
        timeline.record(lead.id(), "CRM_HANDOVER", "Handed over to CRM: opportunity " + handover.opportunityId());
    }
}
