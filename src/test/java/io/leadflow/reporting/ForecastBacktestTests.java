package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A forecast made at week 20 of a generated history, against what then happened in weeks 21–24. */
@LeadflowTest
@TestPropertySource(properties = ReportingDatabase.URL)
@Order(Integer.MAX_VALUE) // a context of its own runs last, see junit-platform.properties
class ForecastBacktestTests {

    static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    static final Instant AS_OF = START.plus(Duration.ofDays(7 * 20));
    static final int WEEKS = 4;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadFlowReports reports;

    @Test
    void forecastsMqlAndSalWeeklyEntriesWithinTwentyFivePercentMape() {
        // given 2,000 leads over 30 weeks with known conversion and stage times (seed 42)
        HistoryFixture.clear(jdbc);
        new SyntheticHistory(42, new HistoryFixture(jdbc)).generate(2_000, 30, START, "bt-");

        // when forecasting as of week 20 from the rows before it
        LeadFlowReport.Forecast forecast = reports.forecast(AS_OF);

        // then
        Map<String, Double> mape = new LinkedHashMap<>();
        for (String stage : List.of("MQL", "SAL", "SQL", "CUSTOMER")) {
            double errors = 0;
            StringBuilder line = new StringBuilder("backtest " + stage + ":");
            for (int week = 0; week < WEEKS; week++) {
                LeadFlowReport.Estimate estimate =
                        forecast.weeks().get(week).entries().get(stage);
                long actual = actual(stage, week);
                errors += Math.abs(estimate.expected() - actual) / Math.max(1, actual);
                line.append(" w%d forecast %.1f [%d–%d] actual %d;"
                        .formatted(21 + week, estimate.expected(), estimate.low(), estimate.high(), actual));
            }
            LeadFlowReport.Estimate total = forecast.horizons().get(0).entries().get(stage);
            long actualTotal = 0;
            for (int week = 0; week < WEEKS; week++) {
                actualTotal += actual(stage, week);
            }
            mape.put(stage, errors / WEEKS);
            System.out.println(line.append(" 4 weeks forecast %.1f [%d–%d] actual %d; MAPE %.1f%%"
                    .formatted(total.expected(), total.low(), total.high(), actualTotal, 100 * errors / WEEKS)));
        }
        assertThat(mape.get("MQL")).isLessThan(0.25);
        assertThat(mape.get("SAL")).isLessThan(0.25);
    }

    private long actual(String stage, int week) {
        Instant start = AS_OF.plus(Duration.ofDays(7L * week));
        return jdbc.queryForObject(
                "select count(*) from lead_stage_history where stage = ? and entered_at >= ? and entered_at < ?",
                Long.class,
                stage,
                Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofDays(7))));
    }
}
