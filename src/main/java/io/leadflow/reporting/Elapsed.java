package io.leadflow.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whole hours and days between two timestamps as SQL, truncated like {@link java.time.Duration#toHours()}
 * (the only vendor-specific SQL of the reports): the database groups stays by their length, so no
 * stay is streamed into Java. Negative lengths are clamped to 0 by the callers.
 */
enum Elapsed {
    // DATEDIFF counts unit boundaries: in microseconds that is the exact elapsed time
    H2("datediff('MICROSECOND', %s, %s) / %d"),
    POSTGRESQL("cast(floor(extract(epoch from (%2$s - %1$s)) * 1000000 / %3$d) as bigint)");

    private static final long MICROS_PER_HOUR = 3_600_000_000L;
    private final String template;

    Elapsed(String template) {
        this.template = template;
    }

    static Elapsed of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot tell the database product", e);
        }
    }

    String hours(String from, String to) {
        return template.formatted(from, to, MICROS_PER_HOUR);
    }

    String days(String from, String to) {
        return template.formatted(from, to, 24 * MICROS_PER_HOUR);
    }
}
