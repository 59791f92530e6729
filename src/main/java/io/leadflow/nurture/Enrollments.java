package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadSignals;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketers send leads into a sequence. A lead in nurture switches track at once; one already in
 * that sequence is left alone (no second instance); one with sales or done is skipped.
 */
@Service
public class Enrollments {

    /** Outcome for one lead. */
    public enum Outcome {
        ENROLLED,
        ALREADY_ENROLLED,
        NOT_IN_NURTURE,
        UNKNOWN_LEAD
    }

    private final Leads leads;
    private final LeadSignals signals;
    private final LeadTimeline timeline;
    private final RuntimeService runtime;

    Enrollments(Leads leads, LeadSignals signals, LeadTimeline timeline, RuntimeService runtime) {
        this.leads = leads;
        this.signals = signals;
        this.timeline = timeline;
        this.runtime = runtime;
    }

    @Transactional
    public Outcome enroll(LeadId id, String sequence, String by) {
        if (leads.find(id).isEmpty()) {
            return Outcome.UNKNOWN_LEAD;
        }
        Optional<ProcessInstance> lifecycle = lifecycle(id);
        if (lifecycle.isEmpty() || !inNurture(lifecycle.get())) {
            return Outcome.NOT_IN_NURTURE;
        }
        if (sequence.equals(currentSequence(lifecycle.get()))) {
            return Outcome.ALREADY_ENROLLED;
        }
        timeline.record(id, "ENROLLED", "Enrolled into " + sequence + " by " + by);
        signals.raise(id, LeadProcess.MESSAGE_TRACK_CHANGED, "Enrolled by " + by, sequence);
        return Outcome.ENROLLED;
    }

    private Optional<ProcessInstance> lifecycle(LeadId id) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(LeadProcess.PROCESS_KEY)
                .processInstanceBusinessKey(id.value())
                .singleResult());
    }

    /** In nurture = the lifecycle listens for a track change right now. */
    private boolean inNurture(ProcessInstance lifecycle) {
        return runtime.createEventSubscriptionQuery()
                        .processInstanceId(lifecycle.getId())
                        .eventName(LeadProcess.MESSAGE_TRACK_CHANGED)
                        .count()
                > 0;
    }

    private String currentSequence(ProcessInstance lifecycle) {
        ProcessInstance child = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(lifecycle.getId())
                .singleResult();
        return child == null ? null : child.getProcessDefinitionId().split(":")[0];
    }
}
