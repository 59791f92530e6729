package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * CallActivity_NurtureSequence, on start: notes the sequence on the timeline and clears the inputs
 * that chose it (a marketer's request, a recycle reason), so the next track change decides afresh.
 */
@Component
class NurtureTrackListener implements ExecutionListener {

    private final LeadTimeline timeline;

    NurtureTrackListener(LeadTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object sequence = execution.getVariable(LeadProcess.VAR_NURTURE_SEQUENCE);
        timeline.record(
                new LeadId(execution.getProcessBusinessKey()),
                "NURTURE_STARTED",
                "Entered nurture sequence " + sequence);
        execution.setVariable(LeadProcess.VAR_REQUESTED_SEQUENCE, null);
        execution.setVariable(LeadProcess.VAR_RECYCLE_REASON, null);
    }
}
