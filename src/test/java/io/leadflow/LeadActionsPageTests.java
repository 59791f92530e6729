package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.lead.LeadId;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The buttons on a lead's page, as a signed-in marketer posts them: each acts and lands on the timeline. */
@LeadflowTest
class LeadActionsPageTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Driver driver;

    private UiClient browser;

    @BeforeEach
    void signIn() {
        UiUsers.ensureDefaults(identity);
        browser = new UiClient(port);
        browser.login(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD, null);
    }

    @Test
    void marketerEnrollsPausesResumesAndRecordsWithdrawnConsent() {
        // given a nurtured lead whose page offers the actions
        LeadId id = driver.capture(coldLead(uniqueEmail("page")));
        String page = "/leads/" + id.value();
        assertThat(browser.get(page).body()).contains("id=\"lead-pause\"", "id=\"lead-withdraw-consent\"");
        String csrf = browser.csrfToken();

        // when the marketer enrolls it, pauses, resumes, and records withdrawn consent
        HttpResponse<String> enrolled =
                browser.postForm(page + "/enroll", Map.of("_csrf", csrf, "sequence", "NurtureDecision"));
        browser.postForm(page + "/nurture/pause", Map.of("_csrf", csrf));
        String paused = browser.get(page).body();
        browser.postForm(page + "/nurture/resume", Map.of("_csrf", csrf));
        browser.postForm(page + "/consent/withdraw", Map.of("_csrf", csrf));
        String after = browser.get(page).body();

        // then each took effect and the timeline shows all four, by the marketer
        assertThat(enrolled.statusCode()).isEqualTo(302);
        assertThat(enrolled.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith("NurtureDecision:");
        assertThat(paused).contains("id=\"lead-resume\"", "paused in NurtureDecision");
        assertThat(driver.sequence(id).isSuspended()).isFalse();
        assertThat(after)
                .contains("ENROLLED", "NURTURE_PAUSED", "NURTURE_RESUMED", "CONSENT_WITHDRAWN", "no marketing consent");
        assertThat(after).doesNotContain("id=\"lead-withdraw-consent\"");
    }

    @Test
    void actionsWithoutTheSessionsCsrfTokenAreRefused() {
        LeadId id = driver.capture(coldLead(uniqueEmail("csrf")));

        HttpResponse<String> forged =
                browser.postForm("/leads/" + id.value() + "/nurture/pause", Map.of("_csrf", "forged"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(driver.sequence(id).isSuspended()).isFalse();
    }
}
