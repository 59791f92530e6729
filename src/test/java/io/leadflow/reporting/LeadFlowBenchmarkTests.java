package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Report latency with 1,000,000 generated leads (two years of history) in H2, by batch JDBC. Not in
 * the normal run: {@code ./mvnw -B verify -Dgroups=benchmark -DexcludedGroups=none}; size with
 * {@code -Dbenchmark.leads=100000}.
 */
@Tag("benchmark")
class LeadFlowBenchmarkTests {

    static final Instant AS_OF = Instant.parse("2026-11-23T00:00:00Z");
    static final int HISTORY_WEEKS = 104;
    static final int RUNS = 5;

    @Test
    void reportAnswersWithinOneSecond() {
        // given
        int leads = Integer.getInteger("benchmark.leads", 1_000_000);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long started = System.nanoTime();
        new SyntheticHistory(7, new HistoryFixture(jdbc))
                .generate(leads, HISTORY_WEEKS, AS_OF.minus(Duration.ofDays(7L * HISTORY_WEEKS)), "b");
        long rows = jdbc.queryForObject("select count(*) from lead_stage_history", Long.class);
        System.out.printf(
                "benchmark: %,d leads, %,d stage-history rows over %d weeks inserted in %.1f s%n",
                leads, rows, HISTORY_WEEKS, (System.nanoTime() - started) / 1e9);
        jdbc.execute("analyze");
        FunnelQueries funnel = new FunnelQueries(JdbcClient.create(dataSource));
        StageTimes stageTimes = new StageTimes(dataSource);
        StayHistory stays = new StayHistory(dataSource);
        LeadFlowReports reports = new LeadFlowReports(funnel, stageTimes, stays);
        LocalDate to = AS_OF.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        LeadFlowQuery last90Days = new LeadFlowQuery(to.minusDays(89), to, null, AS_OF);
        LeadFlowQuery bySource = new LeadFlowQuery(to.minusDays(89), to, GroupBy.SOURCE, AS_OF);

        // when
        List<Long> plain = time(() -> reports.report(last90Days));
        List<Long> grouped = time(() -> reports.report(bySource));
        List<Long> forecast = time(() -> reports.forecast(AS_OF));

        List<ReportWeeks.Week> weeks = ReportWeeks.of(last90Days.from(), last90Days.to());
        GroupData sink = new GroupData("all", weeks.size());
        parts("stages now", () -> funnel.stagesNow(last90Days, key -> sink));
        parts("weekly entries", () -> funnel.weeklyEntries(last90Days, weeks, key -> sink));
        parts("conversion", () -> funnel.conversion(last90Days, key -> sink));
        parts("recycles", () -> funnel.recycles(last90Days, key -> sink));
        parts("time in stage", () -> stageTimes.of(last90Days));
        parts("forecast: read stays", () -> stays.read(AS_OF, LeadFlowReports.TRAINING_WEEKS));

        // then
        System.out.printf("benchmark: report, last 90 days: %s ms (median %d)%n", plain, median(plain));
        System.out.printf("benchmark: report, groupBy=source: %s ms (median %d)%n", grouped, median(grouped));
        System.out.printf("benchmark: forecast part alone: %s ms (median %d)%n", forecast, median(forecast));
        assertThat(reports.report(last90Days).groups().get(0).stagesNow().get("LEAD"))
                .isPositive();
    }

    private static void parts(String name, Runnable part) {
        List<Long> millis = time(part);
        System.out.printf("benchmark:   %s: median %d ms%n", name, median(millis));
    }

    private static List<Long> time(Runnable report) {
        report.run(); // warm-up
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            report.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }
}
