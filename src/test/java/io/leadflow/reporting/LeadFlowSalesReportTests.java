package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import io.leadflow.reporting.HistoryFixture.LeadRow;
import io.leadflow.reporting.HistoryFixture.Stay;
import io.leadflow.reporting.LeadFlowReport.Group;
import io.leadflow.reporting.LeadFlowReport.Rate;
import io.leadflow.reporting.LeadFlowReport.Recycle;
import io.leadflow.reporting.LeadFlowReport.SlaBreaches;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** SLA breaches and the split by routed sales team, checked against a small history computed by hand. */
@LeadflowTest
@TestPropertySource(properties = ReportingDatabase.URL)
@Order(Integer.MAX_VALUE) // a context of its own runs last, see junit-platform.properties
class LeadFlowSalesReportTests {

    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z"); // a Monday, ISO week 2026-W10
    static final LocalDate FROM = LocalDate.parse("2026-03-02");
    static final LocalDate TO = LocalDate.parse("2026-03-15");
    static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadFlowReports reports;

    @BeforeEach
    void handComputedHistory() {
        HistoryFixture.clear(jdbc);
        new HistoryFixture(jdbc)
                // A: to SAL with emea
                .lead(new LeadRow("A", "SAL", "SHORTLIST", "web", null, null))
                .stay(new Stay("A", "LEAD", null, "captured", h(0), h(10)))
                .stay(new Stay("A", "MQL", "LEAD", "qualified", h(10), h(20)))
                .stay(new Stay("A", "SAL", "MQL", "accepted", h(20), null))
                // B: emea sent it back to nurture
                .lead(new LeadRow("B", "LEAD", "NO_NEED", "fair", null, null))
                .stay(new Stay("B", "LEAD", null, "captured", h(1), h(11)))
                .stay(new Stay("B", "MQL", "LEAD", "qualified", h(11), h(30)))
                .stay(new Stay("B", "LEAD", "MQL", "not ready", h(30), null))
                // C: through to SQL with amer
                .lead(new LeadRow("C", "SQL", "SHORTLIST", "web", null, null))
                .stay(new Stay("C", "LEAD", null, "captured", h(2), h(12)))
                .stay(new Stay("C", "MQL", "LEAD", "qualified", h(12), h(22)))
                .stay(new Stay("C", "SAL", "MQL", "accepted", h(22), h(40)))
                .stay(new Stay("C", "SQL", "SAL", "handed over", h(40), null))
                // D: never routed
                .lead(new LeadRow("D", "LEAD", "NO_NEED", "web", null, null))
                .stay(new Stay("D", "LEAD", null, "captured", h(3), null))
                .flush();
        new HistoryFixture(jdbc)
                .routed("A", "team-emea")
                .routed("B", "team-emea")
                .routed("C", "team-amer")
                .breach("A", "team-emea", h(48))
                .breach("B", "team-emea", h(120))
                .breach("C", "team-amer", h(72))
                // C's next task breached after the range: not counted
                .breach("C", "team-amer", h(24 * 20));
    }

    @Test
    void countsSlaBreachesInTheRangeByTeam() {
        // when
        Group all = report(null).groups().get(0);

        // then
        assertThat(all.slaBreaches()).isEqualTo(new SlaBreaches(3, Map.of("team-amer", 1L, "team-emea", 2L)));
    }

    @Test
    void splitsTheFlowByRoutedTeam() {
        // when
        LeadFlowReport report = report(GroupBy.TEAM);

        // then
        assertThat(report.groupBy()).isEqualTo("team");
        assertThat(report.groups()).extracting(Group::key).containsExactly("(none)", "team-amer", "team-emea");
        Group none = report.groups().get(0);
        Group amer = report.groups().get(1);
        Group emea = report.groups().get(2);
        assertThat(none.stagesNow()).containsEntry("LEAD", 1L).containsEntry("SAL", 0L);
        assertThat(none.slaBreaches().total()).isZero();
        assertThat(emea.stagesNow()).containsEntry("LEAD", 1L).containsEntry("SAL", 1L);
        assertThat(emea.weeklyEntries().get(0).entries())
                .containsEntry("LEAD", 3L)
                .containsEntry("MQL", 2L)
                .containsEntry("SAL", 1L);
        assertThat(emea.nextStepConversion())
                .containsEntry("LEAD", new Rate(2, 2, 1.0))
                .containsEntry("MQL", new Rate(2, 1, 0.5))
                .containsEntry("SAL", new Rate(1, 0, 0.0));
        assertThat(emea.recycles()).containsExactly(new Recycle("MQL", "not ready", 1));
        assertThat(emea.slaBreaches()).isEqualTo(new SlaBreaches(2, Map.of("team-emea", 2L)));
        assertThat(amer.cumulativeFromLead())
                .containsEntry("SQL", new Rate(1, 1, 1.0))
                .containsEntry("OPPORTUNITY", new Rate(1, 0, 0.0));
        assertThat(amer.slaBreaches()).isEqualTo(new SlaBreaches(1, Map.of("team-amer", 1L)));
    }

    @Test
    void countsSlaBreachesForTheLeadsGroupWhenSplitBySource() {
        // when
        LeadFlowReport report = report(GroupBy.SOURCE);

        // then
        assertThat(report.groups()).extracting(Group::key).containsExactly("fair", "web");
        assertThat(report.groups().get(0).slaBreaches()).isEqualTo(new SlaBreaches(1, Map.of("team-emea", 1L)));
        assertThat(report.groups().get(1).slaBreaches())
                .isEqualTo(new SlaBreaches(2, Map.of("team-amer", 1L, "team-emea", 1L)));
    }

    private LeadFlowReport report(GroupBy groupBy) {
        return reports.report(new LeadFlowQuery(FROM, TO, groupBy, AS_OF));
    }

    private static Instant h(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }
}
