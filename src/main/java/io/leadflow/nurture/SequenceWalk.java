package io.leadflow.nurture;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;

/**
 * Follows a nurture sequence's BPMN the way a lead who never engages goes through it: every email
 * step, and the timers between them, on a virtual clock. Nothing runs in the engine.
 */
final class SequenceWalk {

    static final String EMAIL_DELEGATE = "${sendNurtureEmailDelegate}";
    private static final int MAX_STEPS = 200;

    /** An email step and when it would be sent, counted from the start of the sequence. */
    record EmailStep(String activityId, String name, String template, Duration offset) {}

    private SequenceWalk() {}

    static List<EmailStep> emails(BpmnModelInstance model) {
        List<EmailStep> emails = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Duration offset = Duration.ZERO;
        FlowNode node = start(model);
        // a sequence runs each step once; a loop back (keep-warm style) ends the walk
        while (node != null && visited.add(node.getId()) && visited.size() < MAX_STEPS) {
            if (node instanceof ServiceTask task && EMAIL_DELEGATE.equals(task.getCamundaDelegateExpression())) {
                emails.add(new EmailStep(task.getId(), task.getName(), template(task), offset));
            }
            offset = offset.plus(wait(node));
            node = next(node);
        }
        return emails;
    }

    private static FlowNode start(BpmnModelInstance model) {
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(event -> event.getParentElement() instanceof Process)
                .filter(event -> event.getEventDefinitions().isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static FlowNode next(FlowNode node) {
        List<SequenceFlow> outgoing = List.copyOf(node.getOutgoing());
        if (outgoing.isEmpty()) {
            return null;
        }
        if (node instanceof EventBasedGateway) {
            // the lead does not engage: the timer ends the wait
            return outgoing.stream()
                    .map(SequenceFlow::getTarget)
                    .filter(target -> timer(target) != null)
                    .findFirst()
                    .orElse(outgoing.get(0).getTarget());
        }
        if (node instanceof ExclusiveGateway gateway && gateway.getDefault() != null) {
            return gateway.getDefault().getTarget();
        }
        return outgoing.get(0).getTarget();
    }

    private static Duration wait(FlowNode node) {
        TimerEventDefinition timer = timer(node);
        if (timer == null || timer.getTimeDuration() == null) {
            return Duration.ZERO;
        }
        String text = timer.getTimeDuration().getTextContent().trim();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException notDaysOrTime) {
            try {
                // weeks, months, years: calendar periods, counted as days for the preview
                Period period = Period.parse(text);
                return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
            } catch (DateTimeParseException expression) {
                return Duration.ZERO;
            }
        }
    }

    private static TimerEventDefinition timer(FlowNode node) {
        if (node instanceof IntermediateCatchEvent event) {
            return event.getEventDefinitions().stream()
                    .filter(TimerEventDefinition.class::isInstance)
                    .map(TimerEventDefinition.class::cast)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    private static String template(ServiceTask task) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
                .flatMap(inputOutput -> inputOutput.getCamundaInputParameters().stream())
                .filter(parameter -> "template".equals(parameter.getCamundaName()))
                .map(parameter -> parameter.getTextContent().trim())
                .findFirst()
                .orElse(null);
    }
}
