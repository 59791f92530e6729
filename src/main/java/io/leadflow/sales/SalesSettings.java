package io.leadflow.sales;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/** Sales capacity and SLA: defaults for every team, overrides per team group (leadflow.sales.*). */
@ConfigurationProperties("leadflow.sales")
record SalesSettings(
        @DefaultValue("5") int maxOpenPerRep,
        Map<String, Integer> teamMaxOpenPerRep,
        @DefaultValue Sla sla,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    /** Reminder and escalation delays; teams override either one. */
    record Sla(@Name("default") @DefaultValue Durations defaults, Map<String, TeamDurations> teams) {}

    /** Delays measured from the moment the SAL task is created. */
    record Durations(@DefaultValue("PT4H") Duration reminder, @DefaultValue("P1D") Duration escalation) {}

    /** A team's own delays; a missing one falls back to the default. */
    record TeamDurations(Duration reminder, Duration escalation) {}

    int maxOpenPerRep(String team) {
        Integer own = teamMaxOpenPerRep == null ? null : teamMaxOpenPerRep.get(team);
        return own == null ? maxOpenPerRep : own;
    }

    Duration reminder(String team) {
        TeamDurations own = team(team);
        return own == null || own.reminder() == null ? sla.defaults().reminder() : own.reminder();
    }

    Duration escalation(String team) {
        TeamDurations own = team(team);
        return own == null || own.escalation() == null ? sla.defaults().escalation() : own.escalation();
    }

    private TeamDurations team(String team) {
        return sla.teams() == null || team == null ? null : sla.teams().get(team);
    }
}
