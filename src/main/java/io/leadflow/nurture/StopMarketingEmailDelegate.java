package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StopMarketingEmail in the unsubscribe event sub-process; safe to repeat. */
@Component
class StopMarketingEmailDelegate implements JavaDelegate {

    private final Unsubscriptions unsubscriptions;

    StopMarketingEmailDelegate(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        unsubscriptions.stopMarketingEmail(new LeadId(execution.getProcessBusinessKey()), "lifecycle");
    }
}
