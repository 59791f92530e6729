package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.designer.MigrationPreview;
import io.leadflow.designer.MigrationResult;
import io.leadflow.designer.SourceVersion;
import io.leadflow.lead.LeadId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A lead waiting for sales acceptance keeps its open task when the lifecycle moves to a new version;
 * leads captured after a deployment start on the new version at once.
 */
@LeadflowTest
class LifecycleMigrationTests {

    static final String API = "/api/processes/LeadLifecycle/migrations";

    @Autowired
    Driver driver;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate http;

    @Test
    void aLeadAtTheSalesAcceptanceTaskMovesWithItsOpenTask() throws Exception {
        // given a hand-raiser waiting for a sales rep, then a new lifecycle version (same model, new version)
        LeadId id = driver.capture(fittingLead(uniqueEmail("sal-migrate"), "demo-request"));
        Task before = driver.salesTask(id);
        repository
                .createDeployment()
                .name("lifecycle-migration-test")
                .addString("processes/lead-lifecycle.bpmn", Files.readString(Path.of("processes/lead-lifecycle.bpmn")))
                .deploy();

        // when a designer previews and migrates
        designer();
        MigrationPreview preview = post(API + "/preview", MigrationPreview.class);
        MigrationResult result = post(API, MigrationResult.class);

        // then the waiting lead was counted and moved, and its open task is the same task
        assertThat(preview.sources())
                .flatExtracting(source -> source.waitingAt().keySet())
                .contains("UserTask_AcceptLead");
        assertThat(preview.sources()).allMatch(source -> source.unmapped().isEmpty());
        assertThat(result.migratedAt()).containsKey("UserTask_AcceptLead");
        ProcessInstance lifecycle = driver.lifecycle(id);
        assertThat(lifecycle.getProcessDefinitionId()).isEqualTo(preview.targetDefinitionId());
        Task after = driver.salesTask(id);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getProcessDefinitionId()).isEqualTo(preview.targetDefinitionId());
        assertThat(preview.sources().stream()
                        .mapToLong(SourceVersion::migratable)
                        .sum())
                .isEqualTo(result.migrated());
    }

    private <T> T post(String path, Class<T> type) {
        ResponseEntity<T> response =
                http.withBasicAuth("dora", "dora-password").postForEntity(path, HttpEntity.EMPTY, type);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    void aLeadCapturedRightAfterADeploymentStartsOnTheNewVersion() throws Exception {
        // given a capture has just started a lead on the current version
        driver.capture(coldLead(uniqueEmail("before-deploy")));

        // when a new version is deployed and the next lead comes in at once
        ProcessDefinition deployed = repository
                .createDeployment()
                .name("lifecycle-version-test")
                .addString("processes/lead-lifecycle.bpmn", Files.readString(Path.of("processes/lead-lifecycle.bpmn")))
                .deployWithResult()
                .getDeployedProcessDefinitions()
                .get(0);
        LeadId id = driver.capture(coldLead(uniqueEmail("after-deploy")));

        // then
        assertThat(driver.lifecycle(id).getProcessDefinitionId()).isEqualTo(deployed.getId());
    }

    private void designer() {
        if (identity.createUserQuery().userId("dora").count() == 0) {
            User user = identity.newUser("dora");
            user.setPassword("dora-password");
            identity.saveUser(user);
            identity.createMembership("dora", "designers");
        }
    }
}
