package io.leadflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database per test class on the server named by LEADFLOW_TEST_PG_URL (started by
 * .ci/run), so runs never see each other's leads or locked jobs. See {@link RequiresPostgres}.
 */
public record PostgresDatabase(String url, String user, String password) {

    static final String URL_VARIABLE = "LEADFLOW_TEST_PG_URL";
    private static final Pattern TEST_DATABASE = Pattern.compile("leadflow_[a-z0-9]+_(\\d{13})");

    /** Creates an empty database named leadflow_<purpose>_<millis> next to the configured one. */
    public static PostgresDatabase create(String purpose) {
        Map<String, String> env = System.getenv();
        String base = env.get(URL_VARIABLE);
        String user = env.getOrDefault("LEADFLOW_TEST_PG_USER", "leadflow");
        String password = env.getOrDefault("LEADFLOW_TEST_PG_PASSWORD", "leadflow");
        String name = ("leadflow_" + purpose + "_" + System.currentTimeMillis()).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base, user, password);
                Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + base, e);
        }
        return new PostgresDatabase(withDatabase(base, name), user, password);
    }

    /**
     * Drops the databases earlier runs left behind (a benchmark's holds gigabytes): those created over
     * an hour ago; one that another run still uses is refused by the server and stays.
     */
    private static void dropLeftovers(Statement statement) throws SQLException {
        long hourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        List<String> leftovers = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("select datname from pg_database")) {
            while (names.next()) {
                Matcher test = TEST_DATABASE.matcher(names.getString(1));
                if (test.matches() && Long.parseLong(test.group(1)) < hourAgo) {
                    leftovers.add(names.getString(1));
                }
            }
        }
        for (String leftover : leftovers) {
            try {
                statement.execute("drop database " + leftover);
            } catch (SQLException inUse) {
                // still open elsewhere: the next run tries again
            }
        }
    }

    private static String withDatabase(String url, String name) {
        int query = url.indexOf('?');
        String head = query < 0 ? url : url.substring(0, query);
        String tail = query < 0 ? "" : url.substring(query);
        return head.substring(0, head.lastIndexOf('/') + 1) + name + tail;
    }
}
