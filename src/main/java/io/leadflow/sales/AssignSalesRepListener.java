package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AcceptLead, on create: gives the lead to the team's next rep with capacity; when all
 * are at capacity it stays unassigned in the team queue, so sales never gets 500 MQLs at once.
 */
@Component
class AssignSalesRepListener implements TaskListener {

    private final RoundRobinAssigner assigner;
    private final LeadTimeline timeline;
    private final SalesRouting routing;

    AssignSalesRepListener(RoundRobinAssigner assigner, LeadTimeline timeline, SalesRouting routing) {
        this.assigner = assigner;
        this.timeline = timeline;
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        String team = (String) task.getExecution().getVariable(LeadProcess.VAR_SALES_TEAM);
        LeadId leadId = new LeadId(task.getExecution().getProcessBusinessKey());
        routing.record(leadId, team);
        Optional<String> rep = assigner.nextRep(team, task.getId());
        if (rep.isPresent()) {
            task.setAssignee(rep.get());
            timeline.record(leadId, "SALES_TASK_ASSIGNED", "Assigned to " + rep.get() + " (" + team + ", in turn)");
        } else {
            timeline.record(leadId, "SALES_TASK_QUEUED", "Waits in the " + team + " queue: every rep is at capacity");
        }
    }
}
