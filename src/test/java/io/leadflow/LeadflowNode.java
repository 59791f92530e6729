package io.leadflow;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One Leadflow node in a JVM of its own (postgres profile, job executor and outbox dispatcher on),
 * so a test can kill it for real (SIGKILL) instead of closing a Spring context politely.
 */
public final class LeadflowNode {

    public static final String ADMIN_PASSWORD = "admin-secret";
    public static final String API_KEY = "test-api-key";
    private final String name;
    private final int port;
    private final Process process;

    private LeadflowNode(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts a node on the database, sending mail to the SMTP server on localhost:smtpPort. */
    public static LeadflowNode start(String name, PostgresDatabase db, int smtpPort, String... extraArgs)
            throws IOException {
        int port = freePort();
        Path dir = Files.createDirectories(Path.of("target", "cluster", name));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                mainClasspath(),
                LeadflowApplication.class.getName(),
                "--server.port=" + port,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--leadflow.nurture.base-url=http://localhost:" + port));
        command.addAll(Arrays.asList(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("node.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("LEADFLOW_DB_URL", db.url());
        env.put("LEADFLOW_DB_USER", db.user());
        env.put("LEADFLOW_DB_PASSWORD", db.password());
        env.putAll(Map.of("LEADFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD, "LEADFLOW_API_KEY", API_KEY));
        env.put("LEADFLOW_HMAC_SECRET", "cluster-test-secret");
        LeadflowNode node = new LeadflowNode(name, port, builder.start());
        node.awaitHealthy(Duration.ofMinutes(3));
        return node;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    /** HTTP status of /actuator/health (503 while the database is down), or -1 if the node does not answer. */
    public int health() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri("/actuator/health"))
                                    // the database check waits for the pool's connection timeout (10 s)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Like a power cut: SIGKILL, no shutdown hooks, locks and claims stay behind in the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited, see target/cluster/" + name + "/node.log");
            }
            if (health() == 200) {
                return;
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " not healthy within " + timeout);
    }

    /** The test run's classpath without test classes: the node runs production code only. */
    private static String mainClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
