package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
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
    private final Leads leads;

    SalesDecisionListener(LeadTimeline timeline, Leads leads) {
        this.timeline = timeline;
        this.leads = leads;
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
        if (reason == RejectionReason.DUPLICATE) {
            LeadId original = duplicateOf(task.getVariable(LeadProcess.VAR_DUPLICATE_OF), leadId);
            task.getExecution().setVariable(LeadProcess.VAR_DUPLICATE_OF_LEAD_ID, original.value());
            // an email: the process keeps routing data only
            task.getExecution().removeVariable(LeadProcess.VAR_DUPLICATE_OF);
        }
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

    private LeadId duplicateOf(Object email, LeadId duplicate) {
        if (email == null || email.toString().isBlank()) {
            throw new IllegalArgumentException("A duplicate needs the email of the lead it duplicates");
        }
        LeadId original = leads.findIdByEmail(email.toString())
                .orElseThrow(() -> new IllegalArgumentException("No lead has the email " + email));
        if (original.equals(duplicate)) {
            throw new IllegalArgumentException("A lead cannot be a duplicate of itself");
        }
        return original;
    }

    private static String noteSuffix(Object note) {
        return note == null || note.toString().isBlank() ? "" : " (note: " + note + ")";
    }
}
