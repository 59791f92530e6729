package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, group rules and CSRF of the marketing UI and of /api called from its pages. */
@LeadflowTest
class UiSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    private UiClient browser;

    @BeforeEach
    void usersAndBrowser() {
        UiUsers.ensureDefaults(identity);
        browser = new UiClient(port);
    }

    @Test
    void anonymousPageRedirectsToLoginAndBackToThePageAfterSigningIn() {
        // when an anonymous browser opens a filtered lead list
        HttpResponse<String> page = browser.get("/leads?stage=MQL");

        // then it is sent to the login form, which remembers the page
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/login?next=%2Fleads%3Fstage%3DMQL");
        assertThat(browser.get("/login?next=%2Fleads%3Fstage%3DMQL").body()).contains("value=\"/leads?stage=MQL\"");

        // when the marketer signs in, then she lands on that page
        HttpResponse<String> signedIn = browser.login(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD, "/leads?stage=MQL");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).endsWith("/leads?stage=MQL");
        HttpResponse<String> leads = browser.get("/leads?stage=MQL");
        assertThat(leads.statusCode()).isEqualTo(200);
        assertThat(leads.body()).contains("Mara Marketer", "name=\"csrf-token\"");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithoutSession() {
        // given a user of its own, so that Camunda's failed-login lock cannot delay the other tests
        UiUsers.ensure(identity, "wanda", "wanda-password", "Wanda", "Wrong", "marketing");

        HttpResponse<String> refused = browser.login("wanda", "not-her-password", null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Wrong user name or password");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInChangesTheSessionId() {
        // given a session that exists before signing in (e.g. planted by an attacker)
        browser.get("/login");
        browser.login("nobody", "nothing", null);
        String before = browser.sessionId();

        browser.login(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD, null);

        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void salesRepGetsTheForbiddenPage() {
        browser.login(UiUsers.SALES_REP, UiUsers.SALES_REP_PASSWORD, null);

        HttpResponse<String> dashboard = browser.get("/");

        assertThat(dashboard.statusCode()).isEqualTo(403);
        assertThat(dashboard.body()).contains("Access denied", "sven", "Log out");
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        HttpResponse<String> signedIn =
                browser.login(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD, "//evil.example.com/phish");

        assertThat(location(signedIn)).doesNotContain("evil").endsWith("/");
    }

    @Test
    void apiAcceptsTheSessionButWritesOnlyWithItsCsrfToken() {
        browser.login(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD, null);
        String event = "{\"email\":\"" + Driver.uniqueEmail("ui-csrf") + "\"}";

        // reading needs no token
        assertThat(browser.get("/api/leads").statusCode()).isEqualTo(200);
        // writing without the token or with another one is refused, with the token it works
        assertThat(browser.postJson("/api/leads", event, null).statusCode()).isEqualTo(403);
        assertThat(browser.postJson("/api/leads", event, "forged").statusCode()).isEqualTo(403);
        assertThat(browser.postJson("/api/leads", event, browser.csrfToken()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void salesSessionKeepsItsApiGroupRules() {
        browser.login(UiUsers.SALES_REP, UiUsers.SALES_REP_PASSWORD, null);

        assertThat(browser.get("/api/leads").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/reports/lead-flow").statusCode()).isEqualTo(403);
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSession() {
        browser.login(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD, null);
        String token = browser.csrfToken();

        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        assertThat(browser.postForm("/logout", Map.of("_csrf", token)).statusCode())
                .isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/leads").statusCode()).isEqualTo(401);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
