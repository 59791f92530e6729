package io.leadflow.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Stage milestones in the BPMN are none events with the extension properties {@code stage}, and
 * optionally {@code reason} and {@code reasonVariable} (a process variable that explains the move).
 * Designers add or move milestones in Modeler without touching Java.
 */
@Component
class StageChangeListener implements ExecutionListener {

    private final LeadStages stages;

    StageChangeListener(LeadStages stages) {
        this.stages = stages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        BaseElement element = (BaseElement) execution.getBpmnModelElementInstance();
        String stage = property(element, "stage");
        if (stage == null) {
            throw new IllegalStateException(element.getId() + " has no 'stage' extension property");
        }
        stages.enter(
                new LeadId(execution.getProcessBusinessKey()),
                LifecycleStage.valueOf(stage),
                reason(element, execution));
    }

    private static String reason(BaseElement element, DelegateExecution execution) {
        String text = property(element, "reason");
        String variable = property(element, "reasonVariable");
        Object detail = variable == null ? null : execution.getVariable(variable);
        if (detail == null) {
            return text;
        }
        return text == null ? detail.toString() : text + " (" + detail + ")";
    }

    private static String property(BaseElement element, String name) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .orElse(null);
    }
}
