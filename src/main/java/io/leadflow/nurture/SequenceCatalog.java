package io.leadflow.nurture;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * The deployed nurture sequences (processes/nurture/*.bpmn, latest versions), their email steps in
 * flow order, and the leads at each step now: one engine statistics query per deployed version.
 */
@Component
public class SequenceCatalog {

    static final String FOLDER = "processes/nurture/";
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final SequenceStatistics statistics;

    SequenceCatalog(
            RepositoryService repository,
            RuntimeService runtime,
            ManagementService management,
            SequenceStatistics statistics) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.statistics = statistics;
    }

    public List<Sequence> all() {
        List<ProcessDefinition> latest = latest().toList();
        Map<String, SequenceStatistics.Counts> emails = statistics.perStep(latest.stream()
                .flatMap(definition -> SequenceWalk.emails(model(definition)).stream()
                        .map(step -> definition.getKey() + ":" + step.activityId()))
                .toList());
        return latest.stream().map(definition -> describe(definition, emails)).toList();
    }

    public Optional<Sequence> find(String key) {
        return all().stream().filter(sequence -> sequence.key().equals(key)).findFirst();
    }

    /** Key → name of every sequence, for pick lists: no counting. */
    public Map<String, String> names() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        latest().forEach(definition -> names.put(
                definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName()));
        return names;
    }

    /** Cheap check for request validation: no counting. */
    public boolean exists(String key) {
        return latest().anyMatch(definition -> definition.getKey().equals(key));
    }

    private Stream<ProcessDefinition> latest() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> definition.getResourceName().startsWith(FOLDER))
                .sorted(Comparator.comparing(ProcessDefinition::getKey));
    }

    private BpmnModelInstance model(ProcessDefinition definition) {
        return repository.getBpmnModelInstance(definition.getId());
    }

    private Sequence describe(ProcessDefinition definition, Map<String, SequenceStatistics.Counts> emails) {
        BpmnModelInstance model = model(definition);
        Map<String, Long> at = leadsAtActivities(definition.getKey());
        List<Sequence.Step> steps = SequenceWalk.emails(model).stream()
                .map(step -> {
                    SequenceStatistics.Counts counts = emails.getOrDefault(
                            definition.getKey() + ":" + step.activityId(), SequenceStatistics.Counts.NONE);
                    return new Sequence.Step(
                            step.activityId(),
                            step.name(),
                            step.template(),
                            step.offset().toDays(),
                            waiting(model, step.activityId(), at),
                            counts.sent(),
                            counts.opened(),
                            counts.clicked());
                })
                .toList();
        long active = runtime.createProcessInstanceQuery()
                .processDefinitionKey(definition.getKey())
                .count();
        return new Sequence(definition.getKey(), definition.getName(), definition.getVersion(), steps, active);
    }

    /** Instances per activity over every deployed version of the sequence (leads not yet migrated count too). */
    private Map<String, Long> leadsAtActivities(String key) {
        Map<String, Long> at = new HashMap<>();
        for (ProcessDefinition version : repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .list()) {
            for (ActivityStatistics statistics :
                    management.createActivityStatisticsQuery(version.getId()).list()) {
                at.merge(statistics.getId(), (long) statistics.getInstances(), Long::sum);
            }
        }
        return at;
    }

    /** At the step = sending it (async job) or waiting after it (the gateway or catch events that follow). */
    private static long waiting(BpmnModelInstance model, String taskId, Map<String, Long> at) {
        FlowNode task = model.getModelElementById(taskId);
        return Stream.concat(
                        Stream.of(task),
                        task.getOutgoing().stream()
                                .map(SequenceFlow::getTarget)
                                .flatMap(next -> next instanceof EventBasedGateway
                                        ? Stream.concat(
                                                Stream.of(next),
                                                next.getOutgoing().stream().map(SequenceFlow::getTarget))
                                        : Stream.of(next)))
                .mapToLong(node -> at.getOrDefault(node.getId(), 0L))
                .sum();
    }
}
