package io.leadflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.DomElement;

/** Our modelling conventions on top of what the linter checks; lists every violation in a BPMN file. */
final class ModelConventions {

    /** Camunda Modeler's generated ids end in an underscore and seven random characters: Activity_0abc123. */
    static final Pattern MODELER_DEFAULT_ID = Pattern.compile("_[0-9][a-z0-9]{6}$");

    private ModelConventions() {}

    static List<String> violations(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> violations = new ArrayList<>();
        defaultIds(model.getDocument().getRootElement(), violations);
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            BaseElement event = (BaseElement) timer.getParentElement();
            if (timer.getTimeDate() == null && timer.getTimeDuration() == null && timer.getTimeCycle() == null) {
                violations.add(event.getId() + ": timer without date, duration or cycle");
            }
            if (blank(event.getAttributeValue("name"))) {
                violations.add(event.getId() + ": timer without a name (say how long it waits)");
            }
        }
        for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
            Message message = definition.getMessage();
            if (message == null || blank(message.getName())) {
                violations.add(((BaseElement) definition.getParentElement()).getId() + ": no named message");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaFormRef()) && blank(task.getCamundaFormKey())) {
                violations.add(task.getId() + ": user task without a form");
            }
        }
        return violations;
    }

    private static void defaultIds(DomElement element, List<String> violations) {
        String id = element.getAttribute("id");
        if (id != null && isModelerDefaultId(id)) {
            violations.add(id + ": Modeler default id, name it (e.g. Task_SendEmail1)");
        }
        element.getChildElements().forEach(child -> defaultIds(child, violations));
    }

    /** Also catches diagram ids derived from a default id (Activity_0abc123_di). */
    static boolean isModelerDefaultId(String id) {
        return MODELER_DEFAULT_ID.matcher(id.replaceFirst("_di$", "")).find();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
