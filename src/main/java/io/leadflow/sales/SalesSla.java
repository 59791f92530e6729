package io.leadflow.sales;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The SAL task's timers read their durations from here (${salesSla.reminder(salesTeam)}), so
 * operators change them per team in application.yml without touching the BPMN or Java.
 */
@Component("salesSla")
public class SalesSla {

    private final SalesSettings settings;

    SalesSla(SalesSettings settings) {
        this.settings = settings;
    }

    /** ISO-8601 duration until the assignee is reminded. */
    public String reminder(String team) {
        return settings.reminder(team).toString();
    }

    /** ISO-8601 duration until the task escalates to the managers. */
    public String escalation(String team) {
        return settings.escalation(team).toString();
    }

    Date escalationDue(String team, Date created) {
        Duration escalation = settings.escalation(team);
        return new Date(created.getTime() + escalation.toMillis());
    }
}
