package io.leadflow.nurture;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendEmail* in the nurture sequences: renders the step's template and puts it in the outbox,
 * keyed lead × sequence × step × run, so a retried step never queues a second email.
 */
@Component
class SendNurtureEmailDelegate implements JavaDelegate {

    private final Leads leads;
    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final ContentMemory memory;
    private final LeadTimeline timeline;

    SendNurtureEmailDelegate(
            Leads leads, EmailRenderer renderer, Outbox outbox, ContentMemory memory, LeadTimeline timeline) {
        this.leads = leads;
        this.renderer = renderer;
        this.outbox = outbox;
        this.memory = memory;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Lead lead = leads.require(new LeadId(execution.getProcessBusinessKey()));
        SendStepInputs inputs = SendStepInputs.of(execution);
        String template = inputs.template();
        String key = String.join(
                ":",
                lead.id().value(),
                execution.getProcessDefinitionId().split(":")[0],
                execution.getCurrentActivityId(),
                execution.getProcessInstanceId());
        ContentMemory.Sent sent = memory.lookup(key, lead.id(), template);
        if (sent == ContentMemory.Sent.QUEUED) {
            return;
        }
        if (!lead.consent().allowsMarketingEmail()) {
            timeline.record(lead.id(), "EMAIL_SKIPPED", "Not sent (no marketing consent): " + template);
        } else if (!inputs.repeatable() && sent == ContentMemory.Sent.RECEIVED) {
            timeline.record(lead.id(), "EMAIL_SKIPPED", "Not sent again (already received): " + template);
        } else {
            outbox.add(key, lead.id(), lead.email(), renderer.renderTracked(template, lead, key));
        }
    }
}
