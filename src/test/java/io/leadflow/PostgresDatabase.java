package io.leadflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * A fresh PostgreSQL database per test class on the server named by LEADFLOW_TEST_PG_URL (started by
 * .ci/run), so runs never see each other's leads or locked jobs. See {@link RequiresPostgres}.
 */
public record PostgresDatabase(String url, String user, String password) {

    static final String URL_VARIABLE = "LEADFLOW_TEST_PG_URL";

    /** Creates an empty database named leadflow_<purpose>_<millis> next to the configured one. */
    public static PostgresDatabase create(String purpose) {
        Map<String, String> env = System.getenv();
        String base = env.get(URL_VARIABLE);
        String user = env.getOrDefault("LEADFLOW_TEST_PG_USER", "leadflow");
        String password = env.getOrDefault("LEADFLOW_TEST_PG_PASSWORD", "leadflow");
        String name = ("leadflow_" + purpose + "_" + System.currentTimeMillis()).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + base, e);
        }
        return new PostgresDatabase(withDatabase(base, name), user, password);
    }

    private static String withDatabase(String url, String name) {
        int query = url.indexOf('?');
        String head = query < 0 ? url : url.substring(0, query);
        String tail = query < 0 ? "" : url.substring(query);
        return head.substring(0, head.lastIndexOf('/') + 1) + name + tail;
    }
}
