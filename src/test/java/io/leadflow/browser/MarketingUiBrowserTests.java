package io.leadflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.Driver;
import io.leadflow.LeadflowTest;
import io.leadflow.UiUsers;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The marketing UI in headless Chromium: sign-in rules, the dashboard's funnel, the lead list and page. */
@LeadflowTest
class MarketingUiBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Driver driver;

    @Autowired
    Leads leads;

    private UiBrowser browser;

    @BeforeEach
    void usersAndBrowser() throws IOException {
        browser = UiBrowser.start(port);
        UiUsers.ensureDefaults(identity);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void wrongPasswordShowsAnErrorAndSalesRepGetsTheForbiddenPage() {
        // a user of its own: Camunda locks a user for a few seconds after a failed login
        UiUsers.ensure(identity, "wendy", "wendy-password", "Wendy", "Wrong", "marketing");
        browser.signIn("wendy", "guessed");
        assertThat(browser.find(By.id("login-error")).getText()).contains("Wrong user name or password");

        browser.signIn(UiUsers.SALES_REP, UiUsers.SALES_REP_PASSWORD);
        browser.open("/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Access denied");
        assertThat(browser.find(By.id("forbidden-reason")).getText()).contains("sven", "marketing");
    }

    @Test
    void dashboardFunnelCountsTheLeadsCapturedInThisTest() throws IOException {
        // given three leads of a campaign of their own: two cold, one well-fitting hand-raiser
        String campaign = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        List<LeadId> ids = List.of(
                driver.capture(CampaignLeads.cold(campaign)),
                driver.capture(CampaignLeads.cold(campaign)),
                driver.capture(CampaignLeads.handRaiser(campaign)));
        Map<LifecycleStage, Long> expected = new EnumMap<>(LifecycleStage.class);
        ids.forEach(id -> expected.merge(leads.require(id).stage(), 1L, Long::sum));
        assertThat(expected)
                .as("the hand-raiser moved on, the cold leads did not")
                .hasSizeGreaterThan(1);

        // when the marketer opens the dashboard split by campaign
        browser.signIn(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD);
        browser.open("/?groupBy=campaign");

        // then the campaign's row counts each stage as the database does, and the funnel includes them
        WebElement row = browser.find(By.cssSelector("#groups tr[data-group='" + campaign + "']"));
        for (LifecycleStage stage : List.of(LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SAL)) {
            assertThat(row.findElement(By.cssSelector("td[data-stage='" + stage + "']"))
                            .getText())
                    .as(stage.name())
                    .isEqualTo(String.valueOf(expected.getOrDefault(stage, 0L)));
        }
        assertThat(funnelCount(LifecycleStage.LEAD)).isGreaterThanOrEqualTo(expected.get(LifecycleStage.LEAD));
        assertThat(browser.find(By.id("chart-forecast")).isDisplayed()).isTrue();
        browser.open("/");
        browser.find(By.id("chart-weekly"));
        browser.screenshot("dashboard");
    }

    @Test
    void leadListFiltersAndLeadPageShowsTheTimeline() throws IOException {
        // given a hand-raiser waiting for sales acceptance
        String campaign = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        LeadId id = driver.capture(CampaignLeads.handRaiser(campaign));
        driver.capture(CampaignLeads.cold(campaign));
        browser.signIn(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD);

        // when the marketer filters the list by the campaign and fit grade A
        browser.open("/leads?campaign=" + campaign + "&grade=A");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#lead-table tbody tr[data-lead-id]"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getAttribute("data-lead-id")).isEqualTo(id.value());
        browser.open("/leads?campaign=" + campaign);
        browser.find(By.id("lead-table"));
        browser.screenshot("leads");

        // and opens the lead
        browser.open("/leads/" + id.value());

        // then the page shows its profile, the timeline from capture on, and the open sales task
        assertThat(browser.find(By.id("lead-name")).getText()).isEqualTo("Ada Lovelace");
        List<String> timeline = browser.driver.findElements(By.cssSelector("#lead-timeline .timeline-entry")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(timeline).anyMatch(entry -> entry.contains("Captured from demo-request"));
        assertThat(timeline).anyMatch(entry -> entry.contains("FIT_SCORED"));
        assertThat(browser.find(By.cssSelector("#lead-work .open-task a")).getAttribute("href"))
                .contains("/camunda/app/tasklist/default/#/?task="
                        + driver.salesTask(id).getId());
        assertThat(browser.find(By.cssSelector("#lead-work .cockpit-link")).getAttribute("href"))
                .contains("/camunda/app/cockpit/default/#/process-instance/");
        browser.screenshot("lead-page");
    }

    private long funnelCount(LifecycleStage stage) {
        return Long.parseLong(browser.find(By.cssSelector("#funnel [data-stage='" + stage + "'] .funnel-count"))
                .getText());
    }
}
