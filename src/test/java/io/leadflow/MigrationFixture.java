package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** The migration demo sequence (fixtures/migration): deploys versions, parks leads at its steps, reads timers. */
@Component
class MigrationFixture {

    static final String KEY = "NurtureMigrationDemo";

    private final Driver driver;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    MigrationFixture(
            Driver driver, RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.driver = driver;
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    void deploy(String fixture) {
        repository
                .createDeployment()
                .name("migration-fixture")
                .addClasspathResource("fixtures/migration/" + fixture)
                .enableDuplicateFiltering(true)
                .deploy();
    }

    /** Starts the sequence for new leads and runs it until they wait after the given step (1 or 2). */
    List<String> leadsWaitingAfterStep(int count, int step) {
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    String lead =
                            driver.capture(coldLead(uniqueEmail("migrate"))).value();
                    String id = runtime.startProcessInstanceByKey(KEY, lead, Map.of("leadId", lead))
                            .getId();
                    runDueJobs(id);
                    for (int done = 1; done < step; done++) {
                        fireTimer(id);
                    }
                    return id;
                })
                .toList();
    }

    void fireTimer(String instanceId) {
        management.executeJob(timerOf(instanceId).getId());
        runDueJobs(instanceId);
    }

    Map<String, Date> timerDueDates() {
        return management.createJobQuery().processDefinitionKey(KEY).timers().list().stream()
                .collect(Collectors.toMap(Job::getProcessInstanceId, Job::getDuedate));
    }

    List<Integer> versionOf(List<String> instanceIds) {
        return instanceIds.stream()
                .map(id -> runtime.createProcessInstanceQuery()
                        .processInstanceId(id)
                        .singleResult())
                .map(instance -> repository
                        .getProcessDefinition(instance.getProcessDefinitionId())
                        .getVersion())
                .toList();
    }

    private void runDueJobs(String instanceId) {
        management.createJobQuery().processInstanceId(instanceId).list().stream()
                .filter(job -> job.getDuedate() == null)
                .forEach(job -> management.executeJob(job.getId()));
    }

    private Job timerOf(String instanceId) {
        return management
                .createJobQuery()
                .processInstanceId(instanceId)
                .timers()
                .singleResult();
    }
}
