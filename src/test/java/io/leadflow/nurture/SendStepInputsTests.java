package io.leadflow.nurture;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.Driver;
import io.leadflow.LeadflowTest;
import io.leadflow.lead.LeadId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A send step's constant inputs live on the parsed step, not in two variables written on every step. */
@LeadflowTest
class SendStepInputsTests {

    @Autowired
    Driver driver;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void constantInputsAreLiftedOntoTheParsedStep() {
        // given the deployed awareness sequence
        String definitionId = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("NurtureAwareness")
                .latestVersion()
                .singleResult()
                .getId();

        // when its send step is looked at as the engine parsed it
        ActivityImpl step = parsed(definitionId).findActivity("Task_SendEmail1");

        // then the template and the repeatable flag are on the step and nothing is left to map
        assertThat(step.getProperty(SendStepInputs.PROPERTY)).isEqualTo(new SendStepInputs("awareness-1", false));
        assertThat(step.getIoMapping()).isNull();
    }

    @Test
    void anInputThatIsAnExpressionStaysMapped() {
        // given a send step whose template is an expression
        Deployment deployment = repository
                .createDeployment()
                .addModelInstance(
                        "send-step-expression.bpmn",
                        Bpmn.createExecutableProcess("SendStepExpression")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Send")
                                .camundaDelegateExpression(SendStepInputsPlugin.DELEGATE)
                                .camundaInputParameter("template", "awareness-${1}")
                                .endEvent()
                                .done())
                .deploy();
        try {
            // when it is parsed
            String definitionId = repository
                    .createProcessDefinitionQuery()
                    .deploymentId(deployment.getId())
                    .singleResult()
                    .getId();
            ActivityImpl step = parsed(definitionId).findActivity("Send");

            // then the engine maps it as the model says, and the delegate reads the variable
            assertThat(step.getIoMapping()).isNotNull();
            assertThat(step.getProperty(SendStepInputs.PROPERTY)).isNull();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aSendStepQueuesItsTemplateWithoutWritingInputVariables() {
        // given a new lead in the awareness sequence
        String email = uniqueEmail("inputs");
        LeadId id = driver.capture(coldLead(email));

        // when its first step runs
        driver.runDueJobs(id);

        // then the step's template is queued, and no input became a variable
        String sequence = driver.sequence(id).getId();
        assertThat(jdbc.sql("select template from email_outbox where lead_id = ?")
                        .param(id.value())
                        .query(String.class)
                        .list())
                .containsExactly("awareness-1");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(sequence)
                        .variableNameIn("template", "repeatable")
                        .count())
                .isZero();
    }

    private ProcessDefinitionEntity parsed(String definitionId) {
        return (ProcessDefinitionEntity)
                ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(definitionId);
    }
}
