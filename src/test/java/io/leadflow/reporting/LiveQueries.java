package io.leadflow.reporting;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each call a millisecond later (asOf is the request time) after a write elsewhere, as with live
 * traffic: otherwise H2 answers a repeated query from its result cache without reading anything.
 */
final class LiveQueries {

    private final JdbcTemplate jdbc;
    private int call;

    LiveQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LeadFlowQuery next(LocalDate to, int days, GroupBy by) {
        call++;
        jdbc.update("insert into sales_round_robin (team) values (?)", "bench-" + call);
        jdbc.update("delete from sales_round_robin where team = ?", "bench-" + call);
        return new LeadFlowQuery(to.minusDays(days - 1), to, by, LeadFlowBenchmark.AS_OF.plusMillis(call));
    }
}
