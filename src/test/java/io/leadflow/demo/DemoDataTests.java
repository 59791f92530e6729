package io.leadflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import io.leadflow.browser.UiBrowser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** --leadflow.demo=true seeds a living history through the process, once, and hands time back. */
@LeadflowTest
@TestPropertySource(
        properties = {
            // a database of its own: the seeder only runs on an empty one
            "spring.datasource.url=jdbc:h2:mem:leadflow-demo;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
            "leadflow.demo=true",
            "leadflow.demo-leads=60",
            "leadflow.demo-days=30"
        })
@Order(Integer.MAX_VALUE) // a context of its own runs last, see junit-platform.properties
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    Clock clock;

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void seedsLeadsInSeveralStagesWithHistorySpreadOverThePeriod() {
        // given the application started with the demo flag on an empty database (the runner already ran)

        // then the leads exist and are spread over the funnel
        assertThat(count("select count(*) from lead")).isEqualTo(60);
        List<String> stages = jdbc.sql("select distinct lifecycle_stage from lead")
                .query(String.class)
                .list();
        assertThat(stages).hasSizeGreaterThanOrEqualTo(3).contains("LEAD");
        assertThat(count("select count(*) from lead where lifecycle_stage in ('SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER',"
                        + " 'DISQUALIFIED')"))
                .as("the demo rep decided SAL tasks")
                .isPositive();
        // and the stage history lies in the last 30 days, spread over at least four weeks, none in the future
        Instant now = clock.instant();
        Instant first = jdbc.sql("select min(entered_at) from lead_stage_history")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        Instant last = jdbc.sql("select max(entered_at) from lead_stage_history")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(first).isBetween(now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(25)));
        assertThat(last).isBefore(now.plusSeconds(1));
        assertThat(ChronoUnit.DAYS.between(first, last)).isGreaterThanOrEqualTo(25);
        // and emails went out through the outbox, sales work shows on the timelines
        assertThat(count("select count(*) from email_outbox where status = 'SENT'"))
                .isPositive();
        assertThat(count("select count(*) from lead_timeline where type in ('SALES_ACCEPTED', 'SALES_REJECTED')"))
                .isPositive();
        // and both clocks are back to real time
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now())
                        .abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void dashboardShowsTheDemoHistory() throws java.io.IOException {
        io.leadflow.UiUsers.ensureDefaults(identity);
        try (UiBrowser browser = UiBrowser.start(port)) {
            browser.signIn(io.leadflow.UiUsers.MARKETER, io.leadflow.UiUsers.MARKETER_PASSWORD);
            browser.open("/");

            assertThat(browser.find(org.openqa.selenium.By.id("kpi-total")).getText())
                    .isEqualTo("60");
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("#chart-weekly rect")))
                    .hasSizeGreaterThan(4);
            browser.screenshot("dashboard-demo");
        }
    }

    @Test
    void aSecondStartWithLeadsSeedsNothing() {
        long before = count("select count(*) from lead");

        demo.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from lead")).isEqualTo(before).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
