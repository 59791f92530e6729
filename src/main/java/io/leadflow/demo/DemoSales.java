package io.leadflow.demo;

import io.leadflow.crm.Opportunities;
import io.leadflow.crm.OpportunityOutcome;
import io.leadflow.lead.LeadProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo sales rep works the SAL tasks in the engine as a person in Tasklist would (claim, answer,
 * complete), and the demo CRM closes opportunities after a few weeks.
 */
@Component
class DemoSales {

    static final String REP = "demo-rep";
    /** Every routing team, so round robin always finds the demo rep. */
    static final List<String> TEAMS = List.of("sales", "sales-emea", "sales-americas", "sales-managers");

    private static final Logger log = LoggerFactory.getLogger(DemoSales.class);
    private static final String SAL_TASK = "UserTask_AcceptLead";

    private final IdentityService identity;
    private final TaskService tasks;
    private final Opportunities opportunities;

    DemoSales(IdentityService identity, TaskService tasks, Opportunities opportunities) {
        this.identity = identity;
        this.tasks = tasks;
        this.opportunities = opportunities;
    }

    /** The rep exists with a random password nobody knows: it is a demo actor, not a login. */
    void ensureRep() {
        if (identity.createUserQuery().userId(REP).count() == 0) {
            User rep = identity.newUser(REP);
            rep.setFirstName("Dana");
            rep.setLastName("Demo (sales)");
            rep.setPassword(java.util.UUID.randomUUID().toString());
            identity.saveUser(rep);
        }
        for (String team : TEAMS) {
            if (identity.createUserQuery().userId(REP).memberOfGroup(team).count() == 0) {
                identity.createMembership(REP, team);
            }
        }
    }

    /** Answers SAL tasks older than a few hours; some wait longer (the SLA then escalates). */
    int decide(Instant now, Random random) {
        Date readyBefore = Date.from(now.minus(Duration.ofHours(3)));
        List<Task> open = tasks.createTaskQuery()
                .taskDefinitionKey(SAL_TASK)
                .taskCreatedBefore(readyBefore)
                .list();
        int decided = 0;
        for (Task task : open) {
            if (random.nextDouble() < 0.75) {
                decided += complete(task, answer(random)) ? 1 : 0;
            }
        }
        return decided;
    }

    private boolean complete(Task task, Map<String, Object> answer) {
        identity.setAuthentication(REP, TEAMS);
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), REP);
            }
            tasks.complete(task.getId(), answer);
            return true;
        } catch (RuntimeException busy) {
            log.debug("Demo rep skipped task {}: {}", task.getId(), busy.getMessage());
            return false;
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Map<String, Object> answer(Random random) {
        double p = random.nextDouble();
        if (p < 0.55) {
            return Map.of(LeadProcess.VAR_ACCEPTED, "yes", LeadProcess.VAR_NOTE, "Call booked");
        }
        String reason = p < 0.75
                ? "NOT_READY"
                : p < 0.85 ? "NO_BUDGET" : p < 0.90 ? "BAD_TIMING" : p < 0.95 ? "WRONG_CONTACT" : "SPAM";
        return Map.of(
                LeadProcess.VAR_ACCEPTED, "no", LeadProcess.VAR_REASON, reason, LeadProcess.VAR_NOTE, "Demo decision");
    }

    /** Opportunities older than ten days close now and then: somewhat more lost than won. */
    int closeOpportunities(Instant now, Random random) {
        int closed = 0;
        for (Opportunities.OpenOpportunity open :
                opportunities.openCreatedBefore(now.minus(Duration.ofDays(10)), 500)) {
            if (random.nextDouble() < 0.12) {
                boolean won = random.nextDouble() < 0.45;
                try {
                    opportunities.close(
                            open.id(),
                            new OpportunityOutcome(
                                    won ? OpportunityOutcome.Result.WON : OpportunityOutcome.Result.LOST,
                                    won ? "Signed" : "Chose a competitor"));
                    closed++;
                } catch (RuntimeException notWaiting) {
                    log.debug("Demo CRM could not close {}: {}", open.id(), notWaiting.getMessage());
                }
            }
        }
        return closed;
    }
}
