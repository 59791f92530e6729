package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/** CSV import through the API: preview with row errors, background run, rejected rows, re-import, bad files. */
@LeadflowTest
class ImportApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Driver driver;

    @Test
    void fiftyRowsWithFiveBadOnesImportFortyFiveAndRejectFiveWithTheirReasons() throws Exception {
        // given a fair's spreadsheet with 5 broken rows
        String csv = ImportFixture.csv(50, 5);

        // when it is uploaded
        ResponseEntity<String> uploaded = upload(csv.getBytes(StandardCharsets.UTF_8), "fair.csv", false);

        // then the preview shows the mapping, the ignored column and the 5 errors, and nothing is imported yet
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode preview = json.readTree(uploaded.getBody());
        assertThat(preview.path("status").asText()).isEqualTo("PREVIEW");
        assertThat(preview.path("total").asInt()).isEqualTo(50);
        assertThat(preview.path("invalid").asInt()).isEqualTo(5);
        assertThat(preview.path("errors")).hasSize(5);
        assertThat(preview.path("errors").findValuesAsText("line")).containsExactly("47", "48", "49", "50", "51");
        assertThat(preview.path("errors").toString())
                .contains(
                        "email is not a valid email address", "email is required", "companySize", "country", "consent");
        assertThat(preview.path("notes").get(0).asText()).isEqualTo("Column \"notes\" ignored: not a lead field");
        assertThat(preview.path("columns").path("role").asText()).isEqualTo("jobTitle");
        assertThat(preview.path("preview")).hasSize(10);
        String id = preview.path("id").asText();
        assertThat(leadsFrom(csv)).isZero();

        // when it is started
        JsonNode done = runToTheEnd(id);

        // then 45 leads exist, each with its lifecycle, and the 5 bad rows are rejected with reasons
        assertThat(done.path("created").asInt()).isEqualTo(45);
        assertThat(done.path("rejected").asInt()).isEqualTo(5);
        assertThat(done.path("merged").asInt()).isZero();
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(leadsFrom(csv)).isEqualTo(45);
        LeadId first =
                new LeadId(leadId(csv.lines().skip(1).findFirst().orElseThrow().split(",")[0]));
        assertThat(driver.lifecycle(first)).isNotNull();
        String rejected = get("/api/imports/" + id + "/rejected.csv").getBody();
        assertThat(rejected.lines()).hasSize(6);
        assertThat(rejected.lines().findFirst().orElseThrow()).startsWith("line,reason,email,");
        assertThat(rejected).contains("47,email is not a valid email address", "not-an-email-");

        // when the same file is imported again
        JsonNode again = runToTheEnd(json.readTree(upload(csv.getBytes(StandardCharsets.UTF_8), "fair.csv", false)
                        .getBody())
                .path("id")
                .asText());

        // then nothing is created twice: the 45 merge into their leads
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("merged").asInt()).isEqualTo(45);
        assertThat(again.path("notes").toString()).contains("imported before");
        assertThat(leadsFrom(csv)).isEqualTo(45);
        assertThat(jdbc.sql("select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null"
                                + " and proc_def_id_ like 'LeadLifecycle:%'")
                        .param(first.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectedRowsCanBeDownloadedMoreOftenThanThePoolHasConnections() throws Exception {
        // given a previewed file with 5 broken rows
        String id = json.readTree(upload(ImportFixture.csv(20, 5).getBytes(StandardCharsets.UTF_8), "leaky.csv", false)
                        .getBody())
                .path("id")
                .asText();

        // when its rejected rows are downloaded more often than the pool has connections (24)
        List<String> downloads = IntStream.range(0, 30)
                .mapToObj(i -> get("/api/imports/" + id + "/rejected.csv").getBody())
                .toList();

        // then every download lists the header and the 5 rows: none waited for a connection left open
        assertThat(downloads).allSatisfy(csv -> assertThat(csv.lines()).hasSize(6));
    }

    @Test
    void theSameEmailTwiceInOneFileCreatesOneLeadAndMergesTheSecondRow() throws Exception {
        // given a file that lists one person twice, the second time in capitals and with a company
        String email = Driver.uniqueEmail("twice");
        String csv = "email,first_name,company,consent\n" + email + ",Ada,,yes\n" + email.toUpperCase()
                + ",,Engines Ltd,yes\n";

        // when it is imported
        JsonNode done = runToTheEnd(json.readTree(upload(csv.getBytes(StandardCharsets.UTF_8), "twice.csv", false)
                        .getBody())
                .path("id")
                .asText());

        // then one lead with one lifecycle carries both rows' fields
        assertThat(done.path("created").asInt()).isEqualTo(1);
        assertThat(done.path("merged").asInt()).isEqualTo(1);
        LeadId lead = new LeadId(leadId(email));
        assertThat(jdbc.sql("select first_name || ' ' || company from lead where id = ?")
                        .param(lead.value())
                        .query(String.class)
                        .single())
                .isEqualTo("Ada Engines Ltd");
        driver.startLifecycle(lead);
        BpmnAwareTests.assertThat(driver.lifecycle(lead)).hasPassed("Task_ScoreFit");
        assertThat(driver.lifecycleCount(lead)).isEqualTo(1);
    }

    @Test
    void rowsWithoutConsentAreImportedButGetNoMarketingEmail() throws Exception {
        // given a row that says no to marketing email
        String email = Driver.uniqueEmail("no-consent");
        String csv = "email;firstname;consent\n" + email + ";Nora;no\n";

        // when it is imported (semicolons, started at upload)
        JsonNode started = json.readTree(
                upload(csv.getBytes(StandardCharsets.UTF_8), "booth.csv", true).getBody());
        JsonNode done = awaitDone(started.path("id").asText());
        LeadId id = new LeadId(leadId(email));
        driver.runDueJobs(id);

        // then the lead exists in nurture, but its first email is skipped for lack of consent
        assertThat(done.path("created").asInt()).isEqualTo(1);
        assertThat(driver.sequence(id)).isNotNull();
        assertThat(jdbc.sql("select count(*) from email_outbox where lead_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from lead_timeline where lead_id = ? and type = 'EMAIL_SKIPPED'")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badUploadsAreRefusedWithProblemJsonAndImportNothing() throws Exception {
        // given the imports so far
        long before = imports();

        // when a picture, a file without email column, a Latin-1 file and a 50 MB file are uploaded
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ResponseEntity<String> picture = upload(png, "logo.png", true);
        ResponseEntity<String> noEmail =
                upload("name,company\nAda,Engines\n".getBytes(StandardCharsets.UTF_8), "x.csv", true);
        ResponseEntity<String> latin1 =
                upload("email,lastname\nm@example.com,Müller\n".getBytes(StandardCharsets.ISO_8859_1), "x.csv", true);
        HttpResponse<String> huge = uploadHuge(50 * 1024 * 1024);

        // then each is refused with problem+json and no import exists
        assertProblem(picture, HttpStatus.BAD_REQUEST, "binary");
        assertProblem(noEmail, HttpStatus.BAD_REQUEST, "no email column");
        assertProblem(latin1, HttpStatus.BAD_REQUEST, "not UTF-8");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(imports()).isEqualTo(before);
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains(detail);
    }

    private JsonNode runToTheEnd(String id) throws Exception {
        ResponseEntity<String> started = http.exchange(
                "/api/imports/" + id + "/start", HttpMethod.POST, new HttpEntity<>(Driver.apiKey()), String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return awaitDone(id);
    }

    private JsonNode awaitDone(String id) throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json.readTree(get("/api/imports/" + id).getBody())
                        .path("status")
                        .asText()
                        .equals("DONE"));
        return json.readTree(get("/api/imports/" + id).getBody());
    }

    private ResponseEntity<String> upload(byte[] content, String name, boolean start) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", "test-api-key");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(
                "/api/imports?start=" + start, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private HttpResponse<String> uploadHuge(int size) throws Exception {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nemail\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, size, (byte) 'a');
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/imports"))
                                .header("X-Api-Key", "test-api-key")
                                .header("Content-Type", "multipart/form-data; boundary=b")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(Driver.apiKey()), String.class);
    }

    private long leadsFrom(String csv) {
        String run = csv.lines().skip(1).findFirst().orElseThrow().split("-")[1];
        return jdbc.sql("select count(*) from lead where email like ?")
                .param("%-" + run + "-%")
                .query(Long.class)
                .single();
    }

    private String leadId(String email) {
        return jdbc.sql("select id from lead where email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private long imports() {
        return jdbc.sql("select count(*) from lead_import").query(Long.class).single();
    }
}
