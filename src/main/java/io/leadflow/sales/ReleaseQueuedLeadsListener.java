package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AcceptLead, on complete and delete: the task's rep has room again, so the oldest
 * queued lead of the team goes to the next rep with capacity.
 */
@Component
class ReleaseQueuedLeadsListener implements TaskListener {

    private final RoundRobinAssigner assigner;
    private final LeadTimeline timeline;
    private final RuntimeService runtime;

    ReleaseQueuedLeadsListener(RoundRobinAssigner assigner, LeadTimeline timeline, RuntimeService runtime) {
        this.assigner = assigner;
        this.timeline = timeline;
        this.runtime = runtime;
    }

    @Override
    public void notify(DelegateTask task) {
        Object team = task.getExecution().getVariable(LeadProcess.VAR_SALES_TEAM);
        if (team != null) {
            release(team.toString(), task.getId());
        }
    }

    void release(String team, String leavingTaskId) {
        for (RoundRobinAssigner.Assignment released : assigner.releaseQueued(team, leavingTaskId)) {
            String leadId = EngineAccess.unrestricted(() -> runtime.createProcessInstanceQuery()
                    .processInstanceId(released.processInstanceId())
                    .singleResult()
                    .getBusinessKey());
            timeline.record(
                    new LeadId(leadId),
                    "SALES_TASK_ASSIGNED",
                    "Assigned to " + released.assignee() + " (" + team + ", released from the queue)");
        }
    }
}
