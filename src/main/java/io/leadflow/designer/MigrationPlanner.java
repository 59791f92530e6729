package io.leadflow.designer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Works out migration plans between two versions and which running instances they can move. */
@Component
class MigrationPlanner {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    MigrationPlanner(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    ProcessDefinition latest(String key) {
        ProcessDefinition latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No process with key " + key);
        }
        return latest;
    }

    ProcessDefinition definition(String id) {
        return repository.getProcessDefinition(id);
    }

    /** Older versions that still have running instances, oldest first. */
    List<ProcessDefinition> olderVersionsInUse(ProcessDefinition target) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(target.getKey())
                .orderByProcessDefinitionVersion()
                .asc()
                .list()
                .stream()
                .filter(definition -> definition.getVersion() < target.getVersion())
                .filter(definition -> instances(definition.getId()).count() > 0)
                .toList();
    }

    /** Plans moving every instance of {@code from} onto {@code to}, mapping activities with equal ids. */
    SourceVersion plan(ProcessDefinition from, ProcessDefinition to) {
        Map<String, Long> waitingAt = new TreeMap<>();
        for (ActivityStatistics statistics :
                management.createActivityStatisticsQuery(from.getId()).list()) {
            waitingAt.put(statistics.getId(), (long) statistics.getInstances());
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            for (MigrationInstruction instruction : build(from, to).getInstructions()) {
                mapping.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
            }
        } catch (MigrationPlanValidationException invalid) {
            problems.add(invalid.getMessage());
        }
        List<String> unmapped = problems.isEmpty()
                ? waitingAt.keySet().stream()
                        .filter(id -> !mapping.containsKey(id))
                        .toList()
                : List.copyOf(waitingAt.keySet());
        long instances = instances(from.getId()).count();
        long migratable = problems.isEmpty() ? movable(from.getId(), unmapped).size() : 0;
        return new SourceVersion(
                from.getId(), from.getVersion(), instances, waitingAt, mapping, unmapped, migratable, problems);
    }

    MigrationPlan build(ProcessDefinition from, ProcessDefinition to) {
        return runtime.createMigrationPlan(from.getId(), to.getId())
                .mapEqualActivities()
                .build();
    }

    /** Instance ids of a version that wait only at mapped activities, sorted so a canary is repeatable. */
    List<String> movable(String definitionId, Collection<String> unmapped) {
        Set<String> blocked = unmapped.isEmpty()
                ? Set.of()
                : Set.copyOf(ids(instances(definitionId)
                        .activityIdIn(unmapped.toArray(String[]::new))
                        .list()));
        return ids(instances(definitionId).list()).stream()
                .filter(id -> !blocked.contains(id))
                .sorted()
                .toList();
    }

    /** How many of the given instances wait at the activity. */
    long countAt(Collection<String> instanceIds, String activityId) {
        if (instanceIds.isEmpty()) {
            return 0;
        }
        return runtime.createProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(instanceIds))
                .activityIdIn(activityId)
                .count();
    }

    private ProcessInstanceQuery instances(String definitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId);
    }

    private static List<String> ids(List<ProcessInstance> instances) {
        return instances.stream().map(ProcessInstance::getId).toList();
    }
}
