package io.leadflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What Camunda Modeler requires of the Camunda 7 element templates we ship. */
final class ElementTemplateRules {

    // binding type -> property types Camunda Modeler accepts for it (Camunda 7 template schema)
    static final Map<String, Set<String>> BINDINGS = Map.of(
            "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
            "camunda:property", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:outputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"));
    static final Set<String> APPLIES_TO = Set.of("bpmn:ServiceTask", "bpmn:BusinessRuleTask");

    private ElementTemplateRules() {}

    static List<String> problems(JsonNode template) {
        String id = template.path("id").asText();
        List<String> problems = new ArrayList<>();
        if (id.isBlank()
                || template.path("name").asText().isBlank()
                || !template.path("version").isInt()) {
            problems.add(id + ": id, name and version are required");
        }
        template.path("appliesTo").forEach(type -> {
            if (!APPLIES_TO.contains(type.asText())) {
                problems.add(id + ": applies to " + type.asText());
            }
        });
        for (JsonNode property : template.path("properties")) {
            String binding = property.path("binding").path("type").asText();
            String type = property.path("type").asText("String");
            if (!BINDINGS.containsKey(binding)) {
                problems.add(id + ": unknown binding " + binding);
            } else if (!BINDINGS.get(binding).contains(type)) {
                problems.add(id + ": type " + type + " not allowed for binding " + binding);
            }
            if (property.path("binding").path("name").asText().isBlank()) {
                problems.add(id + ": binding without name");
            }
            if ("Dropdown".equals(type) && property.path("choices").isEmpty()) {
                problems.add(id + ": dropdown without choices");
            }
            if ("Hidden".equals(type) && property.path("value").isMissingNode()) {
                problems.add(id + ": hidden property without value");
            }
        }
        return problems;
    }
}
