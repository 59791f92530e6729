package io.leadflow.sales;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands SAL tasks to the team's reps in turn, skipping reps at capacity; a task nobody can take
 * stays in the team queue until a rep finishes one (oldest first). Runs inside the engine's
 * command, so queries see the database, not this command's unflushed changes: callers name the
 * task that is leaving, and assignments made here are tallied in memory.
 */
@Component
class RoundRobinAssigner {

    static final String SAL_TASK = "UserTask_AcceptLead";
    static final String MANAGERS = "sales-managers";
    private static final int QUEUE_PAGE = 20;

    private final TaskService tasks;
    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final SalesSettings settings;

    RoundRobinAssigner(TaskService tasks, IdentityService identity, JdbcClient jdbc, SalesSettings settings) {
        this.tasks = tasks;
        this.identity = identity;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The next rep of the team with capacity, or empty when all are busy (the task stays queued). */
    Optional<String> nextRep(String team, String leavingTaskId) {
        return EngineAccess.unrestricted(() -> nextRep(team, leavingTaskId, new HashMap<>()));
    }

    /** Assigns queued tasks of the team, oldest first, as long as reps have capacity. */
    List<Assignment> releaseQueued(String team, String leavingTaskId) {
        return EngineAccess.unrestricted(() -> release(team, leavingTaskId));
    }

    // reads the queue a page at a time: a completion frees one seat, the queue may hold thousands
    private List<Assignment> release(String team, String leavingTaskId) {
        Map<String, Integer> assignedNow = new HashMap<>();
        List<Assignment> released = new ArrayList<>();
        int skipped = 0;
        List<Task> page;
        do {
            page = tasks.createTaskQuery()
                    .taskDefinitionKey(SAL_TASK)
                    .taskCandidateGroup(team)
                    .taskUnassigned()
                    .orderByTaskCreateTime()
                    .asc()
                    .listPage(skipped, QUEUE_PAGE);
            Set<String> escalated = escalated(page);
            for (Task queued : page) {
                if (queued.getId().equals(leavingTaskId) || escalated.contains(queued.getId())) {
                    skipped++; // stays unassigned, so it stays in the query's results
                    continue;
                }
                Optional<String> rep = nextRep(team, leavingTaskId, assignedNow);
                if (rep.isEmpty()) {
                    return released;
                }
                tasks.setAssignee(queued.getId(), rep.get());
                assignedNow.merge(rep.get(), 1, Integer::sum);
                released.add(new Assignment(queued.getProcessInstanceId(), rep.get()));
            }
        } while (page.size() == QUEUE_PAGE);
        return released;
    }

    // escalated tasks wait for the managers; one query per page, and a task completed meanwhile is just
    // not in the answer (asking for its identity links failed the whole release)
    private Set<String> escalated(List<Task> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        String[] ids = page.stream().map(Task::getId).toArray(String[]::new);
        return tasks.createTaskQuery().taskIdIn(ids).taskCandidateGroup(MANAGERS).list().stream()
                .map(Task::getId)
                .collect(Collectors.toSet());
    }

    private Optional<String> nextRep(String team, String leavingTaskId, Map<String, Integer> assignedNow) {
        List<String> reps = identity.createUserQuery().memberOfGroup(team).orderByUserId().asc().list().stream()
                .map(User::getId)
                .toList();
        if (reps.isEmpty()) {
            return Optional.empty();
        }
        String last = lockTurn(team);
        int start = 0;
        while (start < reps.size() && last != null && reps.get(start).compareTo(last) <= 0) {
            start++;
        }
        int capacity = settings.maxOpenPerRep(team);
        for (int i = 0; i < reps.size(); i++) {
            String rep = reps.get((start + i) % reps.size());
            if (openTasks(rep, leavingTaskId) + assignedNow.getOrDefault(rep, 0) < capacity) {
                jdbc.sql("update sales_round_robin set last_assignee = ? where team = ?")
                        .params(rep, team)
                        .update();
                return Optional.of(rep);
            }
        }
        return Optional.empty();
    }

    /** Row lock on the team's turn: nodes assigning for the same team wait for each other. */
    private String lockTurn(String team) {
        String sql = "select last_assignee from sales_round_robin where team = ? for update";
        List<String> row =
                jdbc.sql(sql).param(team).query((rs, n) -> rs.getString(1)).list();
        if (!row.isEmpty()) {
            return row.get(0);
        }
        // first task of a new team; a concurrent first insert fails the command, which is retried
        jdbc.sql("insert into sales_round_robin (team, last_assignee) values (?, null)")
                .param(team)
                .update();
        return jdbc.sql(sql)
                .param(team)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }

    private long openTasks(String rep, String leavingTaskId) {
        return tasks.createTaskQuery().taskDefinitionKey(SAL_TASK).taskAssignee(rep).list().stream()
                .filter(task -> !task.getId().equals(leavingTaskId))
                .count();
    }

    /** A queued task that got a rep. */
    record Assignment(String processInstanceId, String assignee) {}
}
