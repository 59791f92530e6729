package io.leadflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a benchmark's figures to target/bench/<name>.json with the machine's cores and the time. */
final class BenchJson {

    private BenchJson() {}

    static Path write(String name, Map<String, Object> figures) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", name);
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("measuredAt", Instant.now().toString());
        json.putAll(figures);
        Path file = Path.of("target", "bench", name + ".json");
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        return file;
    }
}
