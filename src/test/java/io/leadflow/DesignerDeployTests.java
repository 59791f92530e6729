package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.platform.ProcessesWatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Designers ship models without a rebuild: hot deploy of the source folder, and Modeler's deploy button. */
@LeadflowTest
class DesignerDeployTests {

    @Autowired
    ProcessesWatcher watcher;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate http;

    @TempDir
    Path watchDir;

    @BeforeEach
    void users() {
        user("dora", "designers");
        user("sam", "sales");
    }

    @Test
    void aChangedFileInTheWatchedFolderBecomesANewVersion() throws Exception {
        // given the watched folder holds the awareness sequence as deployed
        String original = Files.readString(Path.of("processes/nurture/awareness.bpmn"));
        Path file = Files.createDirectories(watchDir.resolve("nurture")).resolve("awareness.bpmn");
        Files.writeString(file, original);
        watcher.poll(watchDir);
        int before = latest("NurtureAwareness").getVersion();

        // when a designer saves a change (first wait 4 days instead of 3)
        Files.writeString(file, original.replace(">P3D<", ">P4D<").replace("3 days passed", "4 days passed"));
        watcher.poll(watchDir);

        // then it is a new version under the stable name, and an unchanged folder deploys nothing
        ProcessDefinition changed = latest("NurtureAwareness");
        assertThat(changed.getVersion()).isEqualTo(before + 1);
        assertThat(changed.getResourceName()).isEqualTo("processes/nurture/awareness.bpmn");
        assertThat(watcher.poll(watchDir)).isNull();

        // restore the original so that the rest of the suite runs the committed model
        Files.writeString(file, original + "\n");
        watcher.poll(watchDir);
        Files.writeString(file, original);
        watcher.poll(watchDir);
    }

    @Test
    void aDesignerDeploysFromModelerAndASalesRepIsRefused() {
        // when Camunda Modeler's deploy button posts a model as a designer, and as a sales rep
        ResponseEntity<String> designer = modelerDeploy("dora");
        ResponseEntity<String> sales = modelerDeploy("sam");

        // then
        assertThat(designer.getStatusCode()).as(designer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(designer.getBody()).contains("ModelerDeployCheck");
        assertThat(sales.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> modelerDeploy(String user) {
        String model = Bpmn.convertToString(Bpmn.createExecutableProcess("ModelerDeployCheck")
                .camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Started")
                .endEvent("EndEvent_Done")
                .done());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "modeler-check");
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        form.add("modeler-check.bpmn", new ByteArrayResource(model.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "modeler-check.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, user + "-password")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
    }

    private ProcessDefinition latest(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(id + "-password");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
