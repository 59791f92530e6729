package io.leadflow;

import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.lead.LeadId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Round-robin with capacity: reps get leads in turn up to their limit; the rest waits, oldest first. */
@LeadflowTest
class SalesAssignmentTests {

    static final String TEAM = "sales-americas";
    static final List<String> REPS = List.of("rr-ann", "rr-ben", "rr-cy");

    @Autowired
    Driver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    /** The americas team is exactly ann, ben and cy (capacity 2 in application-test.yml), with no open leads. */
    @BeforeEach
    void emptyTeamOfThree() {
        identity.createUserQuery().memberOfGroup(TEAM).list().stream()
                .filter(user -> !REPS.contains(user.getId()))
                .forEach(user -> identity.deleteMembership(user.getId(), TEAM));
        tasks.createTaskQuery().taskCandidateGroup(TEAM).includeAssignedTasks().list().stream()
                .map(Task::getProcessInstanceId)
                .distinct()
                .forEach(instance -> runtime.deleteProcessInstance(instance, "test: empty the americas team"));
        jdbc.sql("delete from sales_round_robin where team = ?").param(TEAM).update();
        for (String rep : REPS) {
            if (identity.createUserQuery().userId(rep).count() == 0) {
                User user = identity.newUser(rep);
                user.setPassword(rep + "-password");
                identity.saveUser(user);
                identity.createMembership(rep, TEAM);
            }
        }
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void repsGetLeadsInTurnUpToCapacityAndTheRestIsReleasedOldestFirst() {
        // when 10 MQLs arrive, a minute apart
        List<LeadId> leads = new ArrayList<>();
        long start = System.currentTimeMillis();
        for (int i = 0; i < 10; i++) {
            ClockUtil.setCurrentTime(new Date(start + i * 60_000L));
            leads.add(driver.capture(SalesSlaTests.americanLead(uniqueEmail("rr" + i))));
        }

        // then 6 are assigned in turn, 2 per rep, and 4 wait in the team queue
        assertThat(leads.subList(0, 6))
                .extracting(lead -> driver.salesTask(lead).getAssignee())
                .containsExactly("rr-ann", "rr-ben", "rr-cy", "rr-ann", "rr-ben", "rr-cy");
        assertThat(queue()).containsExactlyElementsOf(taskIds(leads.subList(6, 10)));

        // when each rep accepts one lead, the oldest queued lead goes to that rep, one by one
        for (int i = 0; i < 3; i++) {
            String rep = REPS.get(i);
            acceptAs(rep, leads.get(i));

            assertThat(driver.salesTask(leads.get(6 + i)).getAssignee()).isEqualTo(rep);
            assertThat(queue()).containsExactlyElementsOf(taskIds(leads.subList(7 + i, 10)));
        }
        assertThat(REPS).allSatisfy(rep -> assertThat(
                        tasks.createTaskQuery().taskAssignee(rep).count())
                .isEqualTo(2));
    }

    @Test
    void escalatedLeadsAtTheHeadOfALongQueueAreLeftForTheManagers() {
        // given full reps and 25 queued leads, of which the 22 oldest (more than a page) are escalated
        List<LeadId> leads = new ArrayList<>();
        long start = System.currentTimeMillis();
        for (int i = 0; i < 31; i++) {
            ClockUtil.setCurrentTime(new Date(start + i * 60_000L));
            leads.add(driver.capture(SalesSlaTests.americanLead(uniqueEmail("longq" + i))));
        }
        List<String> queued = taskIds(leads.subList(6, 31));
        queued.subList(0, 22).forEach(task -> tasks.addCandidateGroup(task, "sales-managers"));

        // when a rep accepts a lead
        acceptAs("rr-ann", leads.get(0));

        // then the oldest lead not escalated goes to the rep; the escalated ones still wait
        assertThat(driver.salesTask(leads.get(28)).getAssignee()).isEqualTo("rr-ann");
        assertThat(queue())
                .containsExactlyElementsOf(queued.stream()
                        .filter(task -> !task.equals(queued.get(22)))
                        .toList());
    }

    /** Completes as the rep, with the engine's authorization checks on, as in Tasklist. */
    private void acceptAs(String rep, LeadId lead) {
        identity.setAuthentication(rep, List.of(TEAM));
        try {
            tasks.complete(driver.salesTask(lead).getId(), Map.of("accepted", "yes"));
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> queue() {
        return tasks
                .createTaskQuery()
                .taskCandidateGroup(TEAM)
                .taskUnassigned()
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(Task::getId)
                .toList();
    }

    private List<String> taskIds(List<LeadId> leads) {
        return leads.stream().map(lead -> driver.salesTask(lead).getId()).toList();
    }
}
