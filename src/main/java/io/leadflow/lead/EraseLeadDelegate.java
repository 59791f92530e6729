package io.leadflow.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EraseLead: the GDPR event sub-process erases the lead's personal data. */
@Component
class EraseLeadDelegate implements JavaDelegate {

    private final LeadEraser eraser;

    EraseLeadDelegate(LeadEraser eraser) {
        this.eraser = eraser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        eraser.erase(new LeadId(execution.getProcessBusinessKey()));
    }
}
