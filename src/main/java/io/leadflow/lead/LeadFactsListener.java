package io.leadflow.lead;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * StartEvent_LeadCaptured (end): copies what gateways and DMN routing need from the lead row into
 * variables. It runs behind the asynchronous start, so a capture itself writes no variable; personal
 * data stays in the lead tables.
 */
@Component
class LeadFactsListener implements ExecutionListener {

    private final LeadRepository repository;

    LeadFactsListener(LeadRepository repository) {
        this.repository = repository;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LeadId id = new LeadId(execution.getProcessBusinessKey());
        Lead lead = repository.findById(id).orElseThrow(() -> new LeadNotFoundException(id));
        Map<String, Object> variables = new HashMap<>();
        variables.put(LeadProcess.VAR_LEAD_ID, id.value());
        variables.put(LeadProcess.VAR_HAND_RAISED, LeadForm.raisesHand(lead.source()));
        variables.put(LeadProcess.VAR_COUNTRY, lead.country());
        variables.put(LeadProcess.VAR_INDUSTRY, lead.industry());
        variables.put(LeadProcess.VAR_COMPANY_SIZE, lead.companySize());
        variables.put(LeadProcess.VAR_RECYCLE_REASON, null);
        variables.put(LeadProcess.VAR_REQUESTED_SEQUENCE, null);
        execution.setVariables(variables);
    }
}
