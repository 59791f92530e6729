package io.leadflow;

import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.leadflow.lead.Bant;
import io.leadflow.lead.Consent;
import io.leadflow.lead.LeadForm;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The webhook CRM adapter against a local HTTP server: retries, time-outs, rejections, signed outcomes. */
@LeadflowTest
@Order(ProcessEngineAssertions.SEPARATE_CONTEXT)
class WebhookCrmTests {

    private static final String SECRET = "crm-shared-secret";
    private static final HttpServer CRM = FakeCrm.start();

    @DynamicPropertySource
    static void crm(DynamicPropertyRegistry registry) {
        registry.add("leadflow.crm.adapter", () -> "webhook");
        registry.add(
                "leadflow.crm.webhook.url",
                () -> "http://127.0.0.1:" + CRM.getAddress().getPort() + "/crm");
        registry.add("leadflow.crm.webhook.secret", () -> SECRET);
        registry.add("leadflow.crm.webhook.read-timeout", () -> "PT1S");
    }

    @AfterAll
    static void stop() {
        CRM.stop(0);
    }

    @Autowired
    Driver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Leads leads;

    @Autowired
    TestRestTemplate http;

    @Test
    void crmErrorsAreRetriedAndCreateExactlyOneOpportunity() {
        // given an accepted lead whose CRM answers 500 twice, then 200
        LeadId id = acceptedLead("fail-twice");

        // when the hand-over job runs three times
        Job job = handOverJob(id);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("HTTP 500");
        management.executeJob(job.getId());

        // then one opportunity, every call with the same key and a valid signature
        assertThat(driver.lifecycle(id)).isWaitingAt("Event_OpportunityClosed");
        List<FakeCrm.Call> calls = FakeCrm.calls(id);
        assertThat(calls)
                .hasSize(3)
                .extracting(FakeCrm.Call::key)
                .containsOnly(calls.get(0).key());
        assertThat(calls).allMatch(FakeCrm.Call::signedCorrectly);
        assertThat(FakeCrm.OPPORTUNITIES.get(calls.get(0).key())).isNotNull();
        assertThat(runtime.getVariable(driver.lifecycle(id).getId(), "opportunityId"))
                .isEqualTo(FakeCrm.OPPORTUNITIES.get(calls.get(0).key()));
    }

    @Test
    void slowCrmTimesOutAndIsRetried() {
        LeadId id = acceptedLead("slow-once");
        Job job = handOverJob(id);

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("CRM unreachable");
        management.executeJob(job.getId());

        assertThat(driver.lifecycle(id)).isWaitingAt("Event_OpportunityClosed");
    }

    @Test
    void rejectionBecomesAnIncidentAtOnce() {
        LeadId id = acceptedLead("reject");
        Job job = handOverJob(id);

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("HTTP 400");

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isZero();
        assertThat(runtime.createIncidentQuery()
                        .incidentType("failedJob")
                        .configuration(job.getId())
                        .count())
                .isOne();
    }

    @Test
    void outcomeNeedsTheCrmSignature() throws Exception {
        // given an open opportunity in the external CRM
        LeadId id = acceptedLead("ok");
        management.executeJob(handOverJob(id).getId());
        ProcessInstance lifecycle = driver.lifecycle(id);
        String opportunity = (String) runtime.getVariable(lifecycle.getId(), "opportunityId");
        String body = "{\"outcome\": \"WON\", \"reason\": \"signed\"}";

        // when the outcome comes unsigned, then signed
        int unsigned = post(opportunity, body, "sha256=00").getStatusCode().value();
        int signed = post(opportunity, body, FakeCrm.sign(body.getBytes(StandardCharsets.UTF_8)))
                .getStatusCode()
                .value();

        // then only the signed one counts
        assertThat(unsigned).isEqualTo(401);
        assertThat(signed).isEqualTo(204);
        assertThat(lifecycle).isEnded().hasPassed("EndEvent_Customer");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.CUSTOMER);
    }

    private org.springframework.http.ResponseEntity<String> post(String opportunity, String body, String signature) {
        HttpHeaders headers = Driver.apiKey();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Leadflow-Signature", signature);
        return http.postForEntity(
                "/api/crm/opportunities/" + opportunity + "/outcome", new HttpEntity<>(body, headers), String.class);
    }

    private LeadId acceptedLead(String behaviour) {
        LeadId id = driver.capture(new LeadForm(
                uniqueEmail("crm"),
                "Cora",
                "Webhook",
                behaviour,
                "CEO",
                300,
                "Software",
                "DE",
                null,
                "demo-request",
                null,
                new Consent(true),
                new Bant(true, true, true, true)));
        tasks.complete(driver.salesTask(id).getId(), Map.of("accepted", "yes"));
        return id;
    }

    private Job handOverJob(LeadId id) {
        return management
                .createJobQuery()
                .processInstanceId(driver.lifecycle(id).getId())
                .singleResult();
    }

    /** A CRM that misbehaves on purpose, chosen by the lead's company name. */
    static final class FakeCrm {

        record Call(String key, String company, boolean signedCorrectly) {}

        static final List<Call> CALLS = new CopyOnWriteArrayList<>();
        static final Map<String, String> OPPORTUNITIES = new ConcurrentHashMap<>();
        private static final AtomicInteger IDS = new AtomicInteger();

        static HttpServer start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/crm", FakeCrm::handle);
                server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
                server.start();
                return server;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static List<Call> calls(LeadId id) {
            return CALLS.stream()
                    .filter(call -> call.key().startsWith(id.value()))
                    .toList();
        }

        static String sign(byte[] body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String text = new String(body, StandardCharsets.UTF_8);
            String company = text.replaceAll(".*\"company\":\"([^\"]*)\".*", "$1");
            CALLS.add(new Call(
                    key, company, sign(body).equals(exchange.getRequestHeaders().getFirst("X-Leadflow-Signature"))));
            long earlier = CALLS.stream().filter(call -> call.key().equals(key)).count() - 1;
            if (company.equals("fail-twice") && earlier < 2) {
                reply(exchange, 500, "{\"error\": \"down\"}");
            } else if (company.equals("reject")) {
                reply(exchange, 400, "{\"error\": \"email domain not allowed\"}");
            } else if (company.equals("slow-once") && earlier == 0) {
                sleep();
                reply(exchange, 200, "{}");
            } else {
                String opportunity = OPPORTUNITIES.computeIfAbsent(key, k -> "opp-" + IDS.incrementAndGet());
                reply(exchange, 200, "{\"contactId\": \"c-1\", \"opportunityId\": \"" + opportunity + "\"}");
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(2_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void reply(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
