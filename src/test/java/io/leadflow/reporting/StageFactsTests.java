package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadStages;
import io.leadflow.lead.LifecycleStage;
import io.leadflow.reporting.HistoryFixture.LeadRow;
import io.leadflow.reporting.HistoryFixture.Stay;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The derived stage-history columns the report reads agree however they were written: by LeadStages
 * as stages change, by the V61/V62 backfill (rebuildReportFacts), and by the test fixture.
 */
@LeadflowTest
@TestPropertySource(properties = ReportingDatabase.URL)
@Order(Integer.MAX_VALUE) // a context of its own runs last, see junit-platform.properties
class StageFactsTests {

    static final String FACTS = "select lead_id, stage, entered_at, to_stage, prev_entered_at, advanced_at,"
            + " reached_lead_at, reached_mql_at, reached_sal_at, reached_sql_at, reached_opportunity_at,"
            + " reached_customer_at from lead_stage_history order by lead_id, entered_at, id";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadStages stages;

    @BeforeEach
    void empty() {
        HistoryFixture.clear(jdbc);
    }

    @Test
    void stageChangesKeepTheSameFactsAsTheBackfill() {
        // given a lead recycled once, then qualified again, accepted and disqualified
        new HistoryFixture(jdbc)
                .lead(new LeadRow("R", "LEAD", "NO_NEED", "web", null, null))
                .stay(new Stay("R", "LEAD", null, "captured", Instant.parse("2026-01-05T00:00:00Z"), null))
                .flush();
        LeadId lead = new LeadId("R");
        for (LifecycleStage stage : List.of(
                LifecycleStage.MQL,
                LifecycleStage.LEAD,
                LifecycleStage.MQL,
                LifecycleStage.SAL,
                LifecycleStage.DISQUALIFIED)) {
            stages.enter(lead, stage, "test");
        }
        List<Map<String, Object>> written = jdbc.queryForList(FACTS);

        // when
        stages.rebuildReportFacts();

        // then
        assertThat(jdbc.queryForList(FACTS)).isEqualTo(written);
        Map<String, Object> firstLead = written.get(0);
        assertThat(firstLead.get("TO_STAGE")).isEqualTo("MQL");
        assertThat(firstLead.get("ADVANCED_AT")).isEqualTo(written.get(1).get("ENTERED_AT"));
        assertThat(firstLead.get("REACHED_SAL_AT")).isEqualTo(written.get(4).get("ENTERED_AT"));
        assertThat(written.get(3).get("PREV_ENTERED_AT"))
                .isEqualTo(written.get(1).get("ENTERED_AT"));
        assertThat(written.get(4).get("ADVANCED_AT")).isNull();
    }

    @Test
    void fixtureRowsCarryTheSameFactsAsTheBackfill() {
        // given the synthetic history the backtest and the benchmark use
        new SyntheticHistory(3, new HistoryFixture(jdbc))
                .generate(300, 20, Instant.parse("2026-01-05T00:00:00Z"), "f-");
        List<Map<String, Object>> written = jdbc.queryForList(FACTS);

        // when
        stages.rebuildReportFacts();

        // then
        assertThat(written).hasSizeGreaterThan(600);
        assertThat(jdbc.queryForList(FACTS)).isEqualTo(written);
    }
}
