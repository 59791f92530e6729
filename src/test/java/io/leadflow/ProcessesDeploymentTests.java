package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.platform.ProcessesDeployment;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/ is deployed under stable names and only changed files become new versions. */
@LeadflowTest
class ProcessesDeploymentTests {

    @Autowired
    ProcessesDeployment deployment;

    @Autowired
    RepositoryService repository;

    @Test
    void redeployingUnchangedFilesCreatesNoNewVersion() {
        // given
        long versionsBefore = repository.createProcessDefinitionQuery().count();

        // when
        DeploymentWithDefinitions again = deployment.deploy();

        // then
        assertThat(again.getDeployedProcessDefinitions()).isNullOrEmpty();
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(versionsBefore);
    }

    @Test
    void everyDesignerFileIsDeployedUnderItsProcessesPath() {
        var resources = repository.getDeploymentResourceNames(repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("LeadLifecycle")
                .latestVersion()
                .singleResult()
                .getDeploymentId());

        assertThat(resources).allMatch(name -> name.startsWith("processes/"));
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("NurtureAwareness")
                        .latestVersion()
                        .count())
                .isOne();
        assertThat(repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("LeadFit")
                        .count())
                .isOne();
        assertThat(repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("LeadRouting")
                        .count())
                .isOne();
    }
}
