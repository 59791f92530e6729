package io.leadflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * H2 file databases for benchmarks under target/bench, one per run. A 10,000-lead run leaves 2.5–3 GB,
 * and runs piled up until the disk was full, so each run first removes what earlier runs of that
 * benchmark left; the latest run's files stay for a look afterwards.
 */
final class BenchDatabases {

    private static final Path DIRECTORY = Path.of("target", "bench");

    private BenchDatabases() {}

    /** The JDBC URL of a fresh H2 file database named after the benchmark, earlier ones deleted. */
    static String freshH2(String name) {
        deleteEarlier(name + "-");
        return "jdbc:h2:file:./" + DIRECTORY.resolve(name + "-" + System.currentTimeMillis()) + "/leadflow"
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static void deleteEarlier(String prefix) {
        if (!Files.isDirectory(DIRECTORY)) {
            return;
        }
        try (Stream<Path> runs = Files.list(DIRECTORY)) {
            runs.filter(run -> Files.isDirectory(run)
                            && run.getFileName().toString().startsWith(prefix))
                    .forEach(BenchDatabases::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path run) {
        try (Stream<Path> files = Files.walk(run)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
