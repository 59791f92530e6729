package io.leadflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.leadflow.Driver;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * CSV import of n rows (-Dbench.importRows, default 100,000) next to the same kind of leads captured
 * one by one through POST /api/leads (-Dbench.oneByOne, default n) in the same run, on the H2 file
 * database. Both commit the lead with its lifecycle instance waiting at the asynchronous start; the
 * job executor is off, so each figure is capture alone (the starts that follow are the same work for
 * both). Heap after GC is sampled throughout the import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportBenchmark {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> BenchDatabases.freshH2("import"));
        registry.add("logging.level.root", () -> "WARN");
        registry.add("leadflow.imports.poll-interval", () -> "PT0.2S");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void importNextToOneByOneCapture() throws Exception {
        int rows = Integer.getInteger("bench.importRows", 100_000);
        int oneByOne = Integer.getInteger("bench.oneByOne", rows);
        new JobExecutorSwitch(engine).stop();

        // one by one first: the import then runs on the larger database, which only makes it slower
        ApiClient api = new ApiClient(http.getRootUri());
        double single = Throughput.parallel(oneByOne, i -> api.postOk("/api/leads", lead("api", i)));
        HeapAfterGc heap = new HeapAfterGc();
        heap.start();
        long start = System.nanoTime();
        String id = upload(csv(rows));
        JsonNode done = awaitDone(id);
        double imported = rows / ((System.nanoTime() - start) / 1e9);
        heap.stop();
        System.gc();
        long heapAtEnd = usedHeap();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("database", "H2 (file)");
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("importRows", rows);
        report.put("oneByOneLeads", oneByOne);
        report.put("importRowsPerSecond", round(imported));
        report.put("oneByOnePerSecond", round(single));
        report.put("ratio", round(imported / single));
        report.put("target", 3.0);
        report.put("created", done.path("created").asInt());
        report.put("rejected", done.path("rejected").asInt());
        report.put("maxHeapAfterGcMiB", heap.maxMiB());
        report.put("heapAfterFinalGcMiB", heapAtEnd / (1024 * 1024));
        report.put("heapLimitMiB", 512);
        report.put("measuredAt", Instant.now().toString());
        System.out.printf(
                "%nCSV import, H2, %d cores%n| import rows/s | one by one POST /api/leads /s | ratio | target |"
                        + " heap after GC (max) |%n|---:|---:|---:|---:|---:|%n| %.0f (%d rows) | %.0f (%d leads)"
                        + " | %.2f | ≥ 3 | %d MiB (≤ 512) |%n",
                report.get("cores"), imported, rows, single, oneByOne, imported / single, heap.maxMiB());
        Path file = Path.of("target", "bench", "import.json");
        Files.createDirectories(file.getParent());
        json.enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        System.out.println("written " + file.toAbsolutePath());
    }

    private static String lead(String prefix, int i) {
        return """
                {"email": "%s-%d@example.com", "firstName": "Bench", "lastName": "%d", "company": "Bench AG",
                 "jobTitle": "Head of Marketing", "companySize": 250, "industry": "Software", "country": "DE",
                 "source": "fair", "campaign": "bench", "consent": {"marketingEmail": true}}"""
                .formatted(prefix, i, i);
    }

    private static byte[] csv(int rows) {
        StringBuilder csv =
                new StringBuilder("email,first_name,last_name,company,role,size,industry,country,consent\n");
        for (int i = 0; i < rows; i++) {
            csv.append("imp-")
                    .append(i)
                    .append("@example.com,Bench,")
                    .append(i)
                    .append(",Bench AG,Head of Marketing,250,Software,DE,yes\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String upload(byte[] content) throws Exception {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "bench.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", "test-api-key");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        String body = http.exchange(
                        "/api/imports?start=true&campaign=bench&source=fair",
                        HttpMethod.POST,
                        new HttpEntity<>(form, headers),
                        String.class)
                .getBody();
        return json.readTree(body).path("id").asText();
    }

    private JsonNode awaitDone(String id) throws Exception {
        while (true) {
            JsonNode state = json.readTree(
                    http.exchange("/api/imports/" + id, HttpMethod.GET, new HttpEntity<>(Driver.apiKey()), String.class)
                            .getBody());
            if ("DONE".equals(state.path("status").asText())) {
                return state;
            }
            Throughput.sleep(200);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Samples the heap pools' usage after their last collection: the live set, not garbage awaiting GC. */
    private static final class HeapAfterGc {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private final Thread sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                        .map(MemoryPoolMXBean::getCollectionUsage)
                        .mapToLong(java.lang.management.MemoryUsage::getUsed)
                        .sum();
                max.accumulateAndGet(used, Math::max);
                Throughput.sleep(200);
            }
        });

        void start() {
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        long maxMiB() {
            return max.get() / (1024 * 1024);
        }
    }
}
