package io.leadflow.engagement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.engagement.EventResult.Status;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** POST /api/events: one event or an array of up to 1,000, answered item by item with 202. */
@RestController
class EventsController {

    static final int MAX_BATCH = 1000;
    private final EngagementIntake intake;
    private final ObjectMapper json;
    private final Validator validator;

    EventsController(EngagementIntake intake, ObjectMapper json, Validator validator) {
        this.intake = intake;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping("/api/events")
    ResponseEntity<EventBatchResult> ingest(@RequestBody JsonNode body) {
        List<JsonNode> nodes = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(nodes::add);
        } else {
            nodes.add(body);
        }
        if (nodes.isEmpty() || nodes.size() > MAX_BATCH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send between 1 and " + MAX_BATCH + " events");
        }
        List<EventResult> results = new ArrayList<>();
        List<EngagementIntake.Item> valid = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            parse(i, nodes.get(i), valid, results);
        }
        results.addAll(intake.ingest(valid));
        results.sort(Comparator.comparingInt(EventResult::index));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(EventBatchResult.of(results));
    }

    private void parse(int index, JsonNode node, List<EngagementIntake.Item> valid, List<EventResult> results) {
        try {
            EngagementEvent event = json.treeToValue(node, EngagementEvent.class);
            List<String> errors = validator.validate(event).stream()
                    .map(EventsController::describe)
                    .sorted()
                    .toList();
            if (errors.isEmpty()) {
                valid.add(new EngagementIntake.Item(index, event));
            } else {
                results.add(new EventResult(index, Status.INVALID, null, null, errors));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            results.add(new EventResult(index, Status.INVALID, null, null, List.of(readable(e))));
        }
    }

    private static String describe(ConstraintViolation<EngagementEvent> violation) {
        String field = violation.getPropertyPath().toString();
        return ("identified".equals(field) ? "" : field + " ") + violation.getMessage();
    }

    private static String readable(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return invalid.getPath().get(0).getFieldName() + " must be one of "
                    + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        return e.getMessage().lines().findFirst().orElse("invalid event");
    }
}
