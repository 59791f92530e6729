package io.leadflow.reporting;

import io.leadflow.lead.LeadId;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** A lead's running process instances and open user tasks, with links into Cockpit and Tasklist. */
@Component
class LeadWork {

    /** A running instance (lifecycle or nurture sequence) of the lead. */
    record Instance(String id, String process, String cockpitUrl) {}

    /** An open user task of the lead. */
    record OpenTask(String id, String name, String assignee, Instant created, Instant due, String tasklistUrl) {}

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;

    LeadWork(RuntimeService runtime, TaskService tasks, RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
    }

    List<Instance> instances(LeadId id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.value()).list().stream()
                .map(instance -> new Instance(
                        instance.getId(),
                        processName(instance.getProcessDefinitionId()),
                        "/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime"))
                .toList();
    }

    List<OpenTask> openTasks(LeadId id) {
        return tasks.createTaskQuery().processInstanceBusinessKey(id.value()).active().list().stream()
                .map(task -> new OpenTask(
                        task.getId(),
                        task.getName(),
                        task.getAssignee(),
                        task.getCreateTime() == null
                                ? null
                                : task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                        "/camunda/app/tasklist/default/#/?task=" + task.getId()))
                .toList();
    }

    private String processName(String definitionId) {
        var definition = repository.getProcessDefinition(definitionId);
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }
}
