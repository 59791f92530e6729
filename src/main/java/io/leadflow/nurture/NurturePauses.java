package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A marketer pauses nurture for one lead: its running sequence is suspended (no timer fires, no
 * email is queued) until resumed, and the lead keeps its place. Both are noted on the timeline.
 */
@Service
public class NurturePauses {

    private final Leads leads;
    private final RuntimeService runtime;
    private final LeadTimeline timeline;

    NurturePauses(Leads leads, RuntimeService runtime, LeadTimeline timeline) {
        this.leads = leads;
        this.runtime = runtime;
        this.timeline = timeline;
    }

    public NurtureStatus status(LeadId id) {
        leads.require(id);
        return sequence(id)
                .map(instance -> new NurtureStatus(id.value(), RunningSequences.key(instance), instance.isSuspended()))
                .orElse(new NurtureStatus(id.value(), null, false));
    }

    /** Empty when the lead runs no sequence right now. */
    @Transactional
    public Optional<NurtureStatus> pause(LeadId id, String by) {
        return change(id, true, by);
    }

    @Transactional
    public Optional<NurtureStatus> resume(LeadId id, String by) {
        return change(id, false, by);
    }

    private Optional<NurtureStatus> change(LeadId id, boolean pause, String by) {
        leads.require(id);
        Optional<ProcessInstance> sequence = sequence(id);
        sequence.filter(instance -> instance.isSuspended() != pause).ifPresent(instance -> {
            if (pause) {
                runtime.suspendProcessInstanceById(instance.getId());
            } else {
                runtime.activateProcessInstanceById(instance.getId());
            }
            timeline.record(
                    id,
                    pause ? "NURTURE_PAUSED" : "NURTURE_RESUMED",
                    (pause ? "Nurture paused" : "Nurture resumed") + " in " + RunningSequences.key(instance) + " by "
                            + by);
        });
        return sequence.map(instance -> new NurtureStatus(id.value(), RunningSequences.key(instance), pause));
    }

    private Optional<ProcessInstance> sequence(LeadId id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.value()).list().stream()
                .filter(instance ->
                        !instance.getProcessDefinitionId().startsWith(io.leadflow.lead.LeadProcess.PROCESS_KEY + ":"))
                .findFirst();
    }
}
