package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/** With double opt-in a lead gets a confirmation email, and marketing email only after the click. */
@LeadflowTest
@Order(ProcessEngineAssertions.SEPARATE_CONTEXT)
@TestPropertySource(properties = "leadflow.consent.double-opt-in=true")
class DoubleOptInTests {

    @Autowired
    Driver driver;

    @Autowired
    Leads leads;

    @Autowired
    TestRestTemplate http;

    @Test
    void marketingEmailWaitsForTheConfirmationClick() {
        // given a lead captured with consent
        String email = uniqueEmail("optin");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);

        // when emails go out before the lead confirms
        driver.dispatchEmails();

        // then only the confirmation email went out
        assertThat(driver.emailsTo(email)).hasSize(1);
        assertThat(leads.require(id).consent().allowsMarketingEmail()).isFalse();
        String body = GreenMailUtil.getBody(driver.emailsTo(email).get(0)).replace("=\r\n", "");
        Matcher link = Pattern.compile("http://localhost:8080(/confirm/[A-Za-z0-9_.-]+)")
                .matcher(body);
        assertThat(link.find()).isTrue();

        // when the lead clicks the link (and a forged link changes nothing)
        assertThat(http.getForEntity("/confirm/bm9wZQ.AAAA", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(link.group(1), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        driver.fireTimer(id);
        driver.dispatchEmails();

        // then consent is confirmed and the next nurture email is sent
        assertThat(leads.require(id).consent().allowsMarketingEmail()).isTrue();
        assertThat(driver.emailsTo(email)).hasSize(2);
    }
}
