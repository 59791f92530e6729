package io.leadflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The benchmark's rows: Leadflow operation next to the closest bare engine operation; table and JSON. */
final class BenchReport {

    /**
     * One Leadflow operation next to the bare one: the bare figure is the mean of its runs around the
     * Leadflow one (a drift during the run falls out); with rounds, each round's ratio as well.
     */
    record Row(
            String operation,
            double leadflowPerSecond,
            String engineOperation,
            double enginePerSecond,
            List<Double> engineRuns,
            List<Double> roundRatios,
            double target) {

        double ratio() {
            return leadflowPerSecond / enginePerSecond;
        }
    }

    private final String database;
    private final int size;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String database, int size) {
        this.database = database;
        this.size = size;
    }

    /** A row whose bare figure was measured once, right before the Leadflow operation. */
    void add(String operation, double leadflow, String engineOperation, double engine, double target) {
        add(new Row(operation, leadflow, engineOperation, engine, List.of(engine), List.of(), target));
    }

    /** A row whose bare figure was measured right before and right after the Leadflow operation. */
    void add(
            String operation,
            double leadflow,
            String engineOperation,
            double engineBefore,
            double engineAfter,
            double target) {
        add(new Row(
                operation,
                leadflow,
                engineOperation,
                (engineBefore + engineAfter) / 2,
                List.of(engineBefore, engineAfter),
                List.of(),
                target));
    }

    /** A row measured in alternating rounds. */
    void add(String operation, Rounds rounds, String engineOperation, double target) {
        add(new Row(
                operation,
                rounds.leadflowPerSecond(),
                engineOperation,
                rounds.barePerSecond(),
                rounds.bare(),
                rounds.ratios(),
                target));
    }

    /** Adds a row and prints it at once: a long run that fails later still shows what it measured. */
    private void add(Row row) {
        rows.add(row);
        System.out.printf("%s measured: %s", database, line(row));
    }

    void note(String note) {
        notes.add(note);
        System.out.println(note);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("%n%s, n = %d, %d cores, load average %.1f%n"
                .formatted(
                        database,
                        size,
                        Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()));
        out.append(("| Leadflow operation | /s | bare Camunda operation | /s | bare runs, in order | ratio"
                        + " | ratio per round | target |%n")
                .formatted());
        out.append("|---|---:|---|---:|---|---:|---|---:|%n".formatted());
        rows.forEach(row -> out.append(line(row)));
        notes.forEach(note -> out.append(note).append(System.lineSeparator()));
        return out.toString();
    }

    private static String line(Row row) {
        return "| %s | %.0f | %s | %.0f | %s | %.2f | %s | %s |%n"
                .formatted(
                        row.operation(),
                        row.leadflowPerSecond(),
                        row.engineOperation(),
                        row.enginePerSecond(),
                        row.engineRuns().stream()
                                .map(run -> "%.0f".formatted(run))
                                .collect(Collectors.joining(" → ")),
                        row.ratio(),
                        spread(row.roundRatios()),
                        row.target() > 0 ? "≥ " + row.target() : "–");
    }

    /** Lowest to highest round ratio, and the median; "–" for a row without rounds. */
    private static String spread(List<Double> ratios) {
        if (ratios.isEmpty()) {
            return "–";
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return "%.2f–%.2f, median %.2f".formatted(sorted.get(0), sorted.get(sorted.size() - 1), median);
    }

    /** Writes target/bench/<database>.json and returns its path. */
    Path writeJson() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", database);
        json.put("n", size);
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("measuredAt", Instant.now().toString());
        json.put(
                "loadAverage",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        json.put("notes", notes);
        json.put("rows", rows.stream().map(BenchReport::json).toList());
        Path file = Path.of("target", "bench", database.toLowerCase() + ".json");
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        return file;
    }

    private static Map<String, Object> json(Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", row.operation());
        json.put("leadflowPerSecond", round(row.leadflowPerSecond()));
        json.put("engineOperation", row.engineOperation());
        json.put("enginePerSecond", round(row.enginePerSecond()));
        json.put("engineRuns", row.engineRuns().stream().map(BenchReport::round).toList());
        json.put("ratio", round(row.ratio()));
        json.put(
                "roundRatios",
                row.roundRatios().stream().map(BenchReport::round).toList());
        json.put("target", row.target());
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
