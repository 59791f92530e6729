package io.leadflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl from Debian's /usr/lib/postgresql/N/bin, on a
 * free port, data in a temp directory) that a test may stop and start without disturbing the shared
 * server other test classes use. As root (CI) the server runs as the postgres user via runuser.
 */
public final class OwnedPostgresServer implements AutoCloseable {

    static final String USER = "leadflow";
    private final Path bin;
    private final Path data;
    private final int port;

    private OwnedPostgresServer(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** For @EnabledIf: true when Debian's PostgreSQL binaries are installed. */
    public static boolean available() {
        return binaries().isPresent();
    }

    /** initdb (trust authentication, superuser leadflow) and start. */
    public static OwnedPostgresServer start() throws IOException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin"));
        Path data = Files.createTempDirectory("leadflow-pg-");
        if (asRoot()) {
            UserPrincipal postgres =
                    data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(data, postgres);
        }
        OwnedPostgresServer server = new OwnedPostgresServer(bin, data, LeadflowNode.freePort());
        server.run("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync");
        server.startServer();
        return server;
    }

    /** Starts the stopped server again on the same port and data. */
    public void startServer() {
        // the socket lives in the data directory: no clash with the shared server's /var/run/postgresql
        run(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    /** Stops the server like an operator's restart would: fast shutdown, clients disconnected. */
    public void stopServer() {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    /** Creates an empty database on this server for a node to use. */
    public PostgresDatabase createDatabase(String purpose) {
        String name = "leadflow_" + purpose;
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/";
        try (Connection connection = DriverManager.getConnection(url + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        return new PostgresDatabase(url + name, USER, "unused");
    }

    @Override
    public void close() throws IOException {
        try {
            stopServer();
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private void run(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed, see " + data.resolve("server.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(command + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(
                            dir.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
