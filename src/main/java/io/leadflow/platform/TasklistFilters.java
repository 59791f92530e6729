package io.leadflow.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The Tasklist filters sales reps work from; without a readable filter no task opens. */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;
    private final Authorizations authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, Authorizations authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    void createDefaults() {
        create(
                "My leads to accept",
                10,
                "Leads assigned to me",
                leadTasks().taskAssigneeExpression("${currentUser()}"));
        create(
                "Team queue",
                20,
                "Leads offered to my teams, not yet claimed",
                leadTasks()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned());
        create(
                "Overdue",
                30,
                "Leads past their acceptance due date",
                leadTasks()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .dueBeforeExpression("${now()}"));
    }

    private TaskQuery leadTasks() {
        return tasks.createTaskQuery().processDefinitionKey(Authorizations.LEAD_PROCESS);
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
            filter.setOwner(IdentitySetup.ADMIN_USER);
            filter.setQuery(query);
            filter.setProperties(properties(priority, description));
            filters.saveFilter(filter);
        }
        for (String team : Groups.SALES_TEAMS) {
            authorizations.grant(team, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    private static Map<String, Object> properties(int priority, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put(
                "variables",
                List.of(
                        Map.of("name", "leadName", "label", "Lead"),
                        Map.of("name", "company", "label", "Company"),
                        Map.of("name", "fitGrade", "label", "Fit")));
        return properties;
    }
}
