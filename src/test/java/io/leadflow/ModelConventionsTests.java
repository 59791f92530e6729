package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The designers' models follow our conventions: named ids, named timers and messages, forms on user tasks. */
class ModelConventionsTests {

    static final Path BROKEN = Path.of("src/test/resources/fixtures/broken/broken-sequence.bpmn");

    @Test
    void everyModelInProcessesFollowsTheConventions() throws IOException {
        // given
        List<Path> models = bpmnFiles(Path.of("processes"));

        // when
        List<String> violations = models.stream()
                .flatMap(file -> ModelConventions.violations(file).stream().map(violation -> file + ": " + violation))
                .toList();

        // then
        assertThat(models).hasSizeGreaterThanOrEqualTo(6);
        assertThat(violations).isEmpty();
    }

    @Test
    void aBrokenModelIsReportedWithEveryViolation() {
        // when
        List<String> violations = ModelConventions.violations(BROKEN);

        // then
        assertThat(violations)
                .containsExactlyInAnyOrder(
                        "Activity_0abc123: Modeler default id, name it (e.g. Task_SendEmail1)",
                        "Flow_0k2x9ab: Modeler default id, name it (e.g. Task_SendEmail1)",
                        "Activity_0abc123_di: Modeler default id, name it (e.g. Task_SendEmail1)",
                        "Flow_0k2x9ab_di: Modeler default id, name it (e.g. Task_SendEmail1)",
                        "Event_Wait: timer without date, duration or cycle",
                        "Event_Wait: timer without a name (say how long it waits)",
                        "Event_Engaged: no named message",
                        "UserTask_Review: user task without a form");
    }

    @Test
    void modelerDefaultIdsAreRecognisedButOurNamesAreNot() {
        assertThat(List.of("Activity_0abc123", "Gateway_1x2y3z4", "Flow_0k2x9ab", "Event_1hd7s9q_di"))
                .allMatch(ModelConventions::isModelerDefaultId);
        assertThat(List.of("Task_SendEmail1", "Gateway_AfterEmail2", "Flow_ToStep1Elapsed", "Event_Step1Elapsed"))
                .noneMatch(ModelConventions::isModelerDefaultId);
    }

    static List<Path> bpmnFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).toList();
        }
    }
}
