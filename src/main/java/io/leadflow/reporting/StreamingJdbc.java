package io.leadflow.reporting;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A JdbcClient that fetches in chunks, so PostgreSQL streams (inside a transaction) instead of buffering. */
final class StreamingJdbc {

    static final int FETCH_SIZE = 10_000;

    private StreamingJdbc() {}

    static JdbcClient of(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(template);
    }
}
