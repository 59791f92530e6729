package io.leadflow.nurture;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.springframework.stereotype.Component;

/** The deployed nurture sequences (processes/nurture/*.bpmn, latest versions) and their steps. */
@Component
public class SequenceCatalog {

    static final String FOLDER = "processes/nurture/";
    static final String SEND_DELEGATE = "${sendNurtureEmailDelegate}";
    private final RepositoryService repository;
    private final RuntimeService runtime;

    SequenceCatalog(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    public List<Sequence> all() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> definition.getResourceName().startsWith(FOLDER))
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .map(this::describe)
                .toList();
    }

    public Optional<Sequence> find(String key) {
        return all().stream().filter(sequence -> sequence.key().equals(key)).findFirst();
    }

    private Sequence describe(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        List<Sequence.Step> steps = sendTasks(model.getModelElementsByType(ServiceTask.class)).stream()
                .map(task -> new Sequence.Step(
                        task.getId(), task.getName(), template(task), waiting(definition.getKey(), task)))
                .toList();
        long active = runtime.createProcessInstanceQuery()
                .processDefinitionKey(definition.getKey())
                .count();
        return new Sequence(definition.getKey(), definition.getName(), definition.getVersion(), steps, active);
    }

    /** Send tasks in flow order: follow sequence flows from the start. */
    private static List<ServiceTask> sendTasks(Collection<ServiceTask> tasks) {
        return tasks.stream()
                .filter(task -> SEND_DELEGATE.equals(task.getCamundaDelegateExpression()))
                .sorted(Comparator.comparingInt(SequenceCatalog::distanceFromStart))
                .toList();
    }

    private static int distanceFromStart(FlowNode node) {
        int distance = 0;
        FlowNode current = node;
        while (!current.getIncoming().isEmpty() && distance < 1000) {
            current = current.getIncoming().iterator().next().getSource();
            distance++;
        }
        return distance;
    }

    /** Leads at the step: sending it, or waiting right after it. */
    private long waiting(String key, ServiceTask task) {
        String[] activities = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(task.getId()),
                        task.getOutgoing().stream().map(SequenceFlow::getTarget).map(FlowNode::getId))
                .toArray(String[]::new);
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(key)
                .activityIdIn(activities)
                .count();
    }

    static String template(ServiceTask task) {
        return task.getExtensionElements() == null
                ? null
                : task
                        .getExtensionElements()
                        .getElementsQuery()
                        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class)
                        .list()
                        .stream()
                        .flatMap(io -> io.getCamundaInputParameters().stream())
                        .filter(parameter -> "template".equals(parameter.getCamundaName()))
                        .map(CamundaInputParameter::getTextContent)
                        .findFirst()
                        .orElse(null);
    }
}
