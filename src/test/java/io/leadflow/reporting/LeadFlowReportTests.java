package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import io.leadflow.reporting.HistoryFixture.LeadRow;
import io.leadflow.reporting.HistoryFixture.Stay;
import io.leadflow.reporting.LeadFlowReport.Rate;
import io.leadflow.reporting.LeadFlowReport.Recycle;
import io.leadflow.reporting.LeadFlowReport.StageTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Report numbers checked against a small history computed by hand. */
@LeadflowTest
@TestPropertySource(properties = ReportingDatabase.URL)
@Order(Integer.MAX_VALUE) // a context of its own runs last, see junit-platform.properties
class LeadFlowReportTests {

    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z"); // a Monday, ISO week 2026-W02
    static final LocalDate FROM = LocalDate.parse("2026-01-05");
    static final LocalDate TO = LocalDate.parse("2026-01-18");
    static final Instant AS_OF = Instant.parse("2026-02-01T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadFlowReports reports;

    @BeforeEach
    void handComputedHistory() {
        HistoryFixture.clear(jdbc);
        new HistoryFixture(jdbc)
                // A: straight through to SQL
                .lead(new LeadRow("A", "SQL", "SHORTLIST", "web", null, null))
                .stay(new Stay("A", "LEAD", null, "captured", h(0), h(24)))
                .stay(new Stay("A", "MQL", "LEAD", "qualified", h(24), h(48)))
                .stay(new Stay("A", "SAL", "MQL", "accepted", h(48), h(72)))
                .stay(new Stay("A", "SQL", "SAL", "handed over", h(72), null))
                // B: MQL rejected by sales, recycled
                .lead(new LeadRow("B", "LEAD", "NO_NEED", "web", null, null))
                .stay(new Stay("B", "LEAD", null, "captured", h(1), h(11)))
                .stay(new Stay("B", "MQL", "LEAD", "qualified", h(11), h(31)))
                .stay(new Stay("B", "LEAD", "MQL", "not ready", h(31), null))
                // C: accepted, then back to nurture from SAL in week 3
                .lead(new LeadRow("C", "LEAD", "NEED_NO_BANT", "fair", null, null))
                .stay(new Stay("C", "LEAD", null, "captured", h(2), h(32)))
                .stay(new Stay("C", "MQL", "LEAD", "qualified", h(32), h(72)))
                .stay(new Stay("C", "SAL", "MQL", "accepted", h(72), h(192)))
                .stay(new Stay("C", "LEAD", "SAL", "budget", h(192), null))
                // D: disqualified
                .lead(new LeadRow("D", "DISQUALIFIED", "NO_NEED", "fair", null, null))
                .stay(new Stay("D", "LEAD", null, "captured", h(3), h(53)))
                .stay(new Stay("D", "DISQUALIFIED", "LEAD", "spam", h(53), null))
                // E: erased later; its anonymous history still counts
                .lead(new LeadRow("E", "MQL", "SHORTLIST", "web", null, Instant.parse("2026-01-25T00:00:00Z")))
                .stay(new Stay("E", "LEAD", null, "captured", h(4), h(204)))
                .stay(new Stay("E", "MQL", "LEAD", "qualified", h(204), null))
                // F: captured before the range, MQL inside it
                .lead(new LeadRow("F", "MQL", "SHORTLIST", null, null, null))
                .stay(new Stay("F", "LEAD", null, "captured", h(-168), h(240)))
                .stay(new Stay("F", "MQL", "LEAD", "qualified", h(240), null))
                // G: captured after the range
                .lead(new LeadRow("G", "LEAD", "NO_NEED", "web", null, null))
                .stay(new Stay("G", "LEAD", null, "captured", h(360), null))
                .flush();
    }

    @Test
    void countsLeadsPerStageNowWithoutErasedLeads() {
        // when
        LeadFlowReport.Group all = report(null).groups().get(0);

        // then
        assertThat(all.key()).isEqualTo("all");
        assertThat(all.stagesNow())
                .containsEntry("LEAD", 3L)
                .containsEntry("MQL", 1L)
                .containsEntry("SQL", 1L)
                .containsEntry("DISQUALIFIED", 1L)
                .containsEntry("SAL", 0L);
        assertThat(all.buyingStages())
                .containsEntry("NO_NEED", 3L)
                .containsEntry("NEED_NO_BANT", 1L)
                .containsEntry("SHORTLIST", 2L);
    }

    @Test
    void countsEntriesPerStagePerIsoWeek() {
        // when
        LeadFlowReport.Group all = report(null).groups().get(0);

        // then
        assertThat(all.weeklyEntries())
                .extracting(LeadFlowReport.WeekEntries::week)
                .containsExactly("2026-W02", "2026-W03");
        assertThat(all.weeklyEntries().get(0).entries())
                .containsEntry("LEAD", 6L)
                .containsEntry("MQL", 3L)
                .containsEntry("SAL", 2L)
                .containsEntry("SQL", 1L)
                .containsEntry("DISQUALIFIED", 1L);
        assertThat(all.weeklyEntries().get(1).entries())
                .containsEntry("LEAD", 1L)
                .containsEntry("MQL", 2L)
                .containsEntry("SAL", 0L);
    }

    @Test
    void measuresNextStepAndCumulativeConversion() {
        // when
        LeadFlowReport.Group all = report(null).groups().get(0);

        // then
        assertThat(all.nextStepConversion())
                .containsEntry("LEAD", new Rate(5, 4, 0.8))
                .containsEntry("MQL", new Rate(5, 2, 0.4))
                .containsEntry("SAL", new Rate(2, 1, 0.5))
                .containsEntry("SQL", new Rate(1, 0, 0.0))
                .containsEntry("OPPORTUNITY", new Rate(0, 0, null));
        assertThat(all.cumulativeFromLead())
                .containsEntry("MQL", new Rate(5, 4, 0.8))
                .containsEntry("SAL", new Rate(5, 2, 0.4))
                .containsEntry("SQL", new Rate(5, 1, 0.2))
                .containsEntry("CUSTOMER", new Rate(5, 0, 0.0));
    }

    @Test
    void measuresMedianAndP90TimeInStageFromClosedStays() {
        // when
        LeadFlowReport report = report(null);

        // then LEAD stays of 10, 24, 30, 50, 200, 408 h; MQL 20, 24, 40 h; SAL 24, 120 h
        assertThat(report.timeInStage())
                .containsEntry("LEAD", new StageTime(6, 30L, 408L))
                .containsEntry("MQL", new StageTime(3, 24L, 40L))
                .containsEntry("SAL", new StageTime(2, 24L, 120L))
                .containsEntry("SQL", new StageTime(0, null, null));
    }

    @Test
    void countsRecyclesByReason() {
        // when
        LeadFlowReport.Group all = report(null).groups().get(0);

        // then
        assertThat(all.recycles()).containsExactly(new Recycle("MQL", "not ready", 1), new Recycle("SAL", "budget", 1));
    }

    @Test
    void splitsTheFlowBySource() {
        // when
        LeadFlowReport report = report(GroupBy.SOURCE);

        // then
        assertThat(report.groups()).extracting(LeadFlowReport.Group::key).containsExactly("(none)", "fair", "web");
        LeadFlowReport.Group web = report.groups().get(2);
        assertThat(web.stagesNow())
                .containsEntry("LEAD", 2L)
                .containsEntry("SQL", 1L)
                .containsEntry("MQL", 0L);
        assertThat(web.nextStepConversion()).containsEntry("LEAD", new Rate(3, 3, 1.0));
        assertThat(web.recycles()).containsExactly(new Recycle("MQL", "not ready", 1));
        assertThat(report.groups().get(1).recycles()).containsExactly(new Recycle("SAL", "budget", 1));
    }

    private LeadFlowReport report(GroupBy groupBy) {
        return reports.report(new LeadFlowQuery(FROM, TO, groupBy, AS_OF));
    }

    private static Instant h(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }
}
