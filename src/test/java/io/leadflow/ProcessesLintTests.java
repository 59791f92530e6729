package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The build's lint step (src/build/lint-processes.sh) passes on processes/ and fails on a broken model. */
class ProcessesLintTests {

    static final Path LINT = Path.of("src/build/lint-processes.sh");

    @BeforeAll
    static void linterAvailable() {
        // the wrapper skips without the shared tool or Node; then there is nothing to test here
        assumeTrue(Files.isExecutable(Path.of("../shared/tools/bpmn-check/check")), "bpmn-check not found");
        assumeTrue(onPath("node"), "node not on PATH");
    }

    @Test
    void lintPassesOnTheDesignersModels() throws Exception {
        Result result = lint("processes");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("0 errors");
    }

    @Test
    void lintFailsOnABrokenModel() throws Exception {
        Result result = lint("src/test/resources/fixtures/broken");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains("broken-sequence.bpmn")
                .contains("bpmn-check/timer-definition")
                .contains("bpmn-check/message-reference")
                .contains("bpmn-check/diagram-interchange");
    }

    private static Result lint(String folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", LINT.toString(), folder)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("bash", "-c", "command -v " + command)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    record Result(int exitCode, String output) {}
}
