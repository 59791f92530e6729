package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AcceptLead, on complete: turns the form's answer into the routing variables
 * salesAccepted and recycleReason. An incomplete answer refuses completion with a clear message.
 */
@Component
class SalesDecisionListener implements TaskListener {

    private final LeadTimeline timeline;

    SalesDecisionListener(LeadTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean accepted = accepted(task.getVariable(LeadProcess.VAR_ACCEPTED));
        LeadId leadId = new LeadId(task.getExecution().getProcessBusinessKey());
        Object note = task.getVariable(LeadProcess.VAR_NOTE);
        String by = task.getAssignee() == null ? "sales" : task.getAssignee();
        task.getExecution().setVariable(LeadProcess.VAR_SALES_ACCEPTED, accepted);
        if (accepted) {
            task.getExecution().setVariable(LeadProcess.VAR_RECYCLE_REASON, null);
            task.getExecution().setVariable(LeadProcess.VAR_SALES_TASK_ID, task.getId());
            timeline.record(leadId, "SALES_ACCEPTED", "Accepted by " + by + noteSuffix(note));
            return;
        }
        RejectionReason reason = reason(task.getVariable(LeadProcess.VAR_REASON));
        task.getExecution().setVariable(LeadProcess.VAR_RECYCLE_REASON, reason.name());
        timeline.record(leadId, "SALES_REJECTED", "Rejected by " + by + ": " + reason + noteSuffix(note));
    }

    static boolean accepted(Object answer) {
        if (answer instanceof Boolean value) {
            return value;
        }
        String text = answer == null ? "" : answer.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new IllegalArgumentException("Answer 'Accept this lead?' with yes or no");
        };
    }

    static RejectionReason reason(Object answer) {
        try {
            return RejectionReason.valueOf(answer.toString().trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException missingOrUnknown) {
            throw new IllegalArgumentException(
                    "A rejected lead needs a reason: one of " + java.util.Arrays.toString(RejectionReason.values()));
        }
    }

    private static String noteSuffix(Object note) {
        return note == null || note.toString().isBlank() ? "" : " (note: " + note + ")";
    }
}
