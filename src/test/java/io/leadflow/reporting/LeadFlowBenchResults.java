package io.leadflow.reporting;

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

/** LeadFlowBenchmark's measurements: a Markdown table and target/bench/lead-flow.json. */
final class LeadFlowBenchResults {

    /** One measured call on one database and size; median of the runs (a single run when cold). */
    record Row(String database, String call, List<Long> millis) {

        long median() {
            return millis.stream().sorted().toList().get(millis.size() / 2);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Long> allocated = new LinkedHashMap<>();

    void add(String database, String call, List<Long> millis) {
        rows.add(new Row(database, call, millis));
        System.out.printf("benchmark: %s, %s: %s ms%n", database, call, millis);
    }

    void allocated(String database, long bytes) {
        allocated.put(database, bytes);
        System.out.printf("benchmark: %s, one report allocates %.1f MB%n", database, bytes / 1e6);
    }

    String table() {
        StringBuilder out = new StringBuilder(
                "%n| database, leads | call | median ms | runs (ms) |%n|---|---|---:|---|%n".formatted());
        for (Row row : rows) {
            out.append("| %s | %s | %d | %s |%n".formatted(row.database(), row.call(), row.median(), row.millis()));
        }
        allocated.forEach((database, bytes) ->
                out.append("| %s | allocated by one report | %.1f MB | |%n".formatted(database, bytes / 1e6)));
        return out.toString();
    }

    Path write() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measuredAt", Instant.now().toString());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put(
                "rows",
                rows.stream()
                        .map(row -> Map.of(
                                "database", row.database(),
                                "call", row.call(),
                                "medianMillis", row.median(),
                                "millis", row.millis()))
                        .toList());
        json.put("allocatedBytesPerReport", allocated);
        Path file = Path.of("target", "bench", "lead-flow.json");
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        Files.writeString(file.resolveSibling("lead-flow.md"), table());
        return file;
    }
}
