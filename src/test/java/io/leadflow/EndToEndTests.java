package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadId;
import io.leadflow.scoring.Qualification;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A lead from web form to customer, through the public API, SMTP and a sales rep's Tasklist work. */
@LeadflowTest
class EndToEndTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @Autowired
    Qualification qualification;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void capturedLeadIsNurturedQualifiedAcceptedAndBecomesCustomer() throws Exception {
        // given a lead captured by a web form
        String email = uniqueEmail("journey");
        ResponseEntity<String> captured = http.exchange(
                "/api/leads",
                HttpMethod.POST,
                new HttpEntity<>(
                        """
                {"email": "%s", "firstName": "Marie <b>", "lastName": "Curie", "company": "Radium SARL",
                 "jobTitle": "VP Research", "companySize": 120, "industry": "Healthcare", "country": "FR",
                 "source": "whitepaper", "consent": {"marketingEmail": true}}"""
                                .formatted(email),
                        apiKey()),
                String.class);
        assertThat(captured.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        LeadId id = new LeadId(json.readTree(captured.getBody()).get("id").asText());

        // when the first nurture email goes out over SMTP
        driver.runDueJobs(id);
        driver.dispatchEmails();

        // then it reached the SMTP server, personalised, escaped and with one-click unsubscribe
        List<MimeMessage> received = driver.emailsTo(email);
        assertThat(received).hasSize(1);
        MimeMessage welcome = received.get(0);
        assertThat(welcome.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(welcome.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe/");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(welcome)).contains("Marie &lt;b&gt;");

        // when the lead qualifies and a sales rep of the routed team accepts it in Tasklist
        qualification.qualify(id, "Downloaded the pricing guide twice");
        salesRep("rita", "sales-emea");
        completeAsRep("rita", "sales-emea", id);
        driver.runDueJobs(id);

        // then the CRM has the contact and an open opportunity
        String opportunityId = jdbc.sql("select id from crm_opportunity where lead_id = ? and status = 'OPEN'")
                .param(id.value())
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select email from crm_contact where lead_id = ?")
                        .param(id.value())
                        .query(String.class)
                        .single())
                .isEqualTo(email);

        // when the CRM reports the deal won
        assertThat(driver.closeOpportunity(opportunityId, "WON").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // then
        JsonNode lead = json.readTree(
                http.exchange("/api/leads/" + id.value(), HttpMethod.GET, new HttpEntity<>(apiKey()), String.class)
                        .getBody());
        assertThat(lead.get("stage").asText()).isEqualTo("CUSTOMER");
        JsonNode timeline = json.readTree(http.exchange(
                        "/api/leads/" + id.value() + "/timeline",
                        HttpMethod.GET,
                        new HttpEntity<>(apiKey()),
                        String.class)
                .getBody());
        assertThat(timeline.findValuesAsText("type"))
                .contains(
                        "STAGE_CHANGED",
                        "FIT_SCORED",
                        "EMAIL_SENT",
                        "SALES_TASK_CREATED",
                        "SALES_ACCEPTED",
                        "CRM_HANDOVER",
                        "OPPORTUNITY_WON");
        assertThat(timeline.get(0).get("summary").asText()).contains("CUSTOMER");
    }

    private void completeAsRep(String user, String group, LeadId id) {
        identity.setAuthentication(user, List.of(group));
        try {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(id.value())
                    .singleResult();
            assertThat(task).as("the rep sees the lead's task").isNotNull();
            assertThat(tasks.getVariable(task.getId(), "leadName")).isEqualTo("Marie <b> Curie");
            // round-robin may have given it to a teammate already; the team may still work it
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            tasks.complete(task.getId(), Map.of("accepted", "yes", "note", "Call booked"));
        } finally {
            identity.clearAuthentication();
        }
    }

    private void salesRep(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(id + "-password");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
