package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateToManagers (after BoundaryEvent_AcceptanceOverdue): offers the lead to
 * sales-managers as well, takes it from the rep who sat on it and records the SLA breach.
 */
@Component
class EscalateToManagersDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final LeadTimeline timeline;
    private final ReleaseQueuedLeadsListener queue;
    private final Clock clock;

    EscalateToManagersDelegate(
            TaskService tasks, JdbcClient jdbc, LeadTimeline timeline, ReleaseQueuedLeadsListener queue, Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadId leadId = new LeadId(execution.getProcessBusinessKey());
        String team = (String) execution.getVariable(LeadProcess.VAR_SALES_TEAM);
        Task task = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(RoundRobinAssigner.SAL_TASK)
                .singleResult();
        String rep = task.getAssignee();
        Timestamp due = task.getDueDate() == null
                ? null
                : new Timestamp(task.getDueDate().getTime());
        tasks.addCandidateGroup(task.getId(), RoundRobinAssigner.MANAGERS);
        tasks.setAssignee(task.getId(), null);
        jdbc.sql("insert into sales_sla_breach (lead_id, task_id, team, assignee, due_at, breached_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(leadId.value(), task.getId(), team, rep, due, Timestamp.from(clock.instant()))
                .update();
        String who = rep == null ? "the " + team + " queue" : rep;
        timeline.record(
                leadId, "SALES_SLA_BREACHED", "Not decided in time by " + who + ": escalated to sales-managers");
        // the rep who had it has room again
        queue.release(team, task.getId());
    }
}
