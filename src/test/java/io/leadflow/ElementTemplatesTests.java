package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every service task in processes/ names a real bean, and every Modeler template it uses exists and is valid. */
@LeadflowTest
class ElementTemplatesTests {

    static final Path PROCESSES = Path.of("processes");
    static final Path TEMPLATES = PROCESSES.resolve(".camunda/element-templates");
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    @Autowired
    ApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDelegateExpressionNamesAnExistingBean() throws IOException {
        List<String> missing = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            Stream.concat(
                            model.getModelElementsByType(ServiceTask.class).stream()
                                    .map(ServiceTask::getCamundaDelegateExpression),
                            Stream.concat(
                                    model.getModelElementsByType(CamundaExecutionListener.class).stream()
                                            .map(CamundaExecutionListener::getCamundaDelegateExpression),
                                    model.getModelElementsByType(CamundaTaskListener.class).stream()
                                            .map(CamundaTaskListener::getCamundaDelegateExpression)))
                    .filter(expression -> expression != null)
                    .map(expression -> expression.replaceAll("^[$#]\\{(.*)}$", "$1"))
                    .filter(bean -> !context.containsBean(bean))
                    .forEach(missing::add);
        }
        assertThat(missing).as("delegate beans that do not exist").isEmpty();
    }

    @Test
    void everyServiceTaskUsesAnExistingTemplateAndMatchesItsFixedValues() throws IOException {
        Map<String, JsonNode> templates = templates();
        List<String> problems = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            List<BaseElement> tasks = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
            tasks.addAll(model.getModelElementsByType(BusinessRuleTask.class));
            for (BaseElement task : tasks) {
                String id = task.getAttributeValueNs(CAMUNDA, "modelerTemplate");
                if (id == null) {
                    continue;
                }
                JsonNode template = templates.get(id);
                if (template == null) {
                    problems.add(task.getId() + " uses unknown template " + id);
                    continue;
                }
                for (JsonNode property : template.path("properties")) {
                    String name = property.path("binding").path("name").asText();
                    boolean fixed = "Hidden".equals(property.path("type").asText())
                            || !property.path("editable").asBoolean(true);
                    if (fixed
                            && "property"
                                    .equals(property.path("binding")
                                            .path("type")
                                            .asText())) {
                        String actual = task.getAttributeValueNs(CAMUNDA, name.substring("camunda:".length()));
                        if (!property.path("value").asText().equals(actual)) {
                            problems.add(task.getId() + ": " + name + " is " + actual + ", template " + id + " says "
                                    + property.path("value").asText());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(templates).containsKeys("io.leadflow.SendNurtureEmail", "io.leadflow.RouteLead");
    }

    @Test
    void everyTemplateHasValidBindings() throws IOException {
        List<String> problems = new ArrayList<>();
        templates().forEach((id, template) -> problems.addAll(ElementTemplateRules.problems(template)));
        assertThat(problems).isEmpty();
    }

    @Test
    void anInvalidTemplateIsReported() throws IOException {
        // given a template with a binding Modeler does not know and a dropdown without choices
        JsonNode broken = json.readTree(
                """
                {"id": "x", "name": "X", "version": 1, "appliesTo": ["bpmn:UserTask"], "properties": [
                  {"type": "Dropdown", "binding": {"type": "camunda:inputParameter", "name": "a"}},
                  {"type": "String", "binding": {"type": "camunda:magic", "name": "b"}}]}
                """);

        // when / then
        assertThat(ElementTemplateRules.problems(broken)).hasSize(3);
    }

    static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(".bpmn"))
                    .map(file -> Bpmn.readModelFromFile(file.toFile()))
                    .toList();
        }
    }

    private Map<String, JsonNode> templates() throws IOException {
        Map<String, JsonNode> templates = new HashMap<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode root = json.readTree(file.toFile());
                for (JsonNode template :
                        root.isArray() ? root : json.createArrayNode().add(root)) {
                    assertThat(templates.put(template.path("id").asText(), template))
                            .as("duplicate template id in " + file)
                            .isNull();
                }
            }
        }
        return templates;
    }
}
