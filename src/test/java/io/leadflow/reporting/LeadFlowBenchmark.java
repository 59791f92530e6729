package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.leadflow.PostgresDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lead-flow report latency with 100,000 and 1,000,000 generated leads (two years of history) on H2
 * and, when LEADFLOW_TEST_PG_URL is set, PostgreSQL: cold (first call of a fresh report service,
 * forecast not cached) and warm (median of 5). Not a test: {@code ./mvnw -B -Pbench verify
 * -Dtest=LeadFlowBenchmark}; sizes with {@code -Dbenchmark.leads=100000,1000000}. Writes
 * target/bench/lead-flow.json and .md.
 */
class LeadFlowBenchmark {

    static final Instant AS_OF = Instant.parse("2026-11-23T00:00:00Z");
    static final int HISTORY_WEEKS = 104;

    @Test
    void reportLatency() throws Exception {
        LeadFlowBenchResults results = new LeadFlowBenchResults();
        for (String size :
                System.getProperty("benchmark.leads", "100000,1000000").split(",")) {
            int leads = Integer.parseInt(size.trim());
            if (System.getenv("LEADFLOW_TEST_PG_URL") != null) {
                measure(results, "PostgreSQL", leads, postgres());
                results.write(); // a long run keeps what it measured so far
            }
            measure(results, "H2", leads, h2(leads));
            results.write();
        }
        System.out.println("benchmark: load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.println(results.table());
        System.out.println("benchmark: written to " + results.write());
    }

    private static void measure(LeadFlowBenchResults results, String database, int leads, DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + database.toLowerCase())
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long started = System.nanoTime();
        // bulk load without the secondary indexes, then build them once: much faster than row by row
        BenchIndexes.dropAll(jdbc);
        new SyntheticHistory(7, new HistoryFixture(jdbc))
                .generate(leads, HISTORY_WEEKS, AS_OF.minus(Duration.ofDays(7L * HISTORY_WEEKS)), "b");
        BenchIndexes.createAll(jdbc);
        SyntheticHistory.salesRows(jdbc);
        jdbc.execute(database.equals("H2") ? "analyze" : "vacuum analyze");
        long rows = jdbc.queryForObject("select count(*) from lead_stage_history", Long.class);
        System.out.printf(
                "benchmark: %s, %,d leads, %,d stage-history rows inserted in %.0f s%n",
                database, leads, rows, (System.nanoTime() - started) / 1e9);
        LocalDate to = AS_OF.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        LeadFlowQuery last90Days = new LeadFlowQuery(to.minusDays(89), to, null, AS_OF);
        String key = database + " " + leads;
        // cold: a fresh report service, forecast not cached yet; the app warms it at startup
        LeadFlowReports reports = reports(dataSource);
        LiveQueries live = new LiveQueries(jdbc);
        results.add(
                key,
                "report, last 90 days, cold (forecast not cached)",
                List.of(BenchTimer.millis(() -> reports.report(last90Days))));
        results.add(key, "report, last 90 days, warm", BenchTimer.time(() -> reports.report(live.next(to, 90, null))));
        results.add(
                key,
                "report, last 90 days, warm, CPU of this thread",
                BenchTimer.cpu(() -> reports.report(live.next(to, 90, null))));
        for (GroupBy by : GroupBy.values()) {
            results.add(
                    key,
                    "report, groupBy=" + by.column + ", warm",
                    BenchTimer.time(() -> reports.report(live.next(to, 90, by))));
        }
        results.add(
                key,
                "report, last 2 years, warm",
                BenchTimer.time(() -> reports.report(live.next(to, LeadFlowParams.MAX_DAYS, null))));
        results.add(
                key,
                "forecast alone, uncached",
                BenchTimer.time(() -> reports.forecast(live.next(to, 90, null).asOf())));
        LeadFlowQuery fresh = live.next(to, 90, null);
        long[] allocated = BenchTimer.allocated(() -> reports.report(fresh));
        results.allocated(key, allocated[0]);
        LeadFlowReport report = reports.report(last90Days);
        assertThat(report.groups().get(0).stagesNow().get("LEAD")).isPositive();
        assertThat(report.groups().get(0).slaBreaches().total()).isPositive();
        drop(database, dataSource);
    }

    static LeadFlowReports reports(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Elapsed elapsed = Elapsed.of(dataSource);
        return new LeadFlowReports(
                new FunnelQueries(jdbc),
                new SetbackQueries(jdbc),
                new StageTimes(jdbc, elapsed),
                new ForecastCache(new StayHistory(jdbc, elapsed), Duration.ofMinutes(10), java.time.Clock.systemUTC()));
    }

    private static DataSource h2(int leads) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:benchmark" + leads + ";DB_CLOSE_DELAY=-1");
        return pooled(dataSource);
    }

    /** A connection pool as in the app: a new PostgreSQL connection per query would dominate. */
    private static DataSource pooled(DataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static DataSource postgres() {
        PostgresDatabase database = PostgresDatabase.create("reportbench");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.url());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        dataSource.setReWriteBatchedInserts(true);
        return pooled(dataSource);
    }

    private static void drop(String database, DataSource dataSource) {
        if (database.equals("H2")) {
            new JdbcTemplate(dataSource).execute("shutdown");
        }
        ((HikariDataSource) dataSource).close();
        // PostgreSQL databases leadflow_reportbench_<millis> stay for inspection; .ci/run drops them
    }
}
