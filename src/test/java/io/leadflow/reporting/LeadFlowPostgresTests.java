package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.PostgresDatabase;
import io.leadflow.RequiresPostgres;
import io.leadflow.reporting.LeadFlowReport.Rate;
import io.leadflow.reporting.LeadFlowReport.Recycle;
import io.leadflow.reporting.LeadFlowReport.StageTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hand-computed history of LeadFlowReportTests gives the same numbers on PostgreSQL (its own elapsed-time SQL). */
@RequiresPostgres
class LeadFlowPostgresTests {

    @Test
    void reportsTheHandComputedNumbersOnPostgres() {
        // given
        PostgresDatabase database = PostgresDatabase.create("reportfixture");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.url());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        LeadFlowReportTests fixture = new LeadFlowReportTests();
        fixture.jdbc = new JdbcTemplate(dataSource);
        fixture.handComputedHistory();

        // when
        LeadFlowReport report = LeadFlowBenchmark.reports(dataSource)
                .report(new LeadFlowQuery(
                        LeadFlowReportTests.FROM, LeadFlowReportTests.TO, null, LeadFlowReportTests.AS_OF));

        // then
        LeadFlowReport.Group all = report.groups().get(0);
        assertThat(report.timeInStage())
                .containsEntry("LEAD", new StageTime(6, 30L, 408L))
                .containsEntry("MQL", new StageTime(3, 24L, 40L))
                .containsEntry("SAL", new StageTime(2, 24L, 120L));
        assertThat(all.stagesNow()).containsEntry("LEAD", 3L).containsEntry("SQL", 1L);
        assertThat(all.weeklyEntries().get(0).entries())
                .containsEntry("LEAD", 6L)
                .containsEntry("MQL", 3L);
        assertThat(all.nextStepConversion())
                .containsEntry("LEAD", new Rate(5, 4, 0.8))
                .containsEntry("MQL", new Rate(5, 2, 0.4));
        assertThat(all.cumulativeFromLead()).containsEntry("SQL", new Rate(5, 1, 0.2));
        assertThat(all.recycles()).containsExactly(new Recycle("MQL", "not ready", 1), new Recycle("SAL", "budget", 1));
        assertThat(report.forecast().weeks()).hasSize(Forecaster.WEEKS);
    }
}
