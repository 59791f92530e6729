package io.leadflow.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates leads set-based in the caller's transaction: their rows, initial stage and timeline entries
 * in one statement (per hundred leads), then their lifecycles. The lifecycle waits behind its
 * asynchronous start event, so a capture commits as soon as the lead is safe; scoring and nurture
 * run on the job executor. All starts share one engine command, so the engine writes them in one
 * flush of batched inserts, all on the version that is latest at that moment.
 */
@Component
class NewLeads {

    private final JdbcTemplate jdbc;
    private final LeadProfiles profiles;
    private final LeadStages stages;
    private final LatestLifecycle latestLifecycle;
    private final CommandExecutor engineCommands;
    private final ProcessEngine engine;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final boolean doubleOptIn;

    NewLeads(
            JdbcTemplate jdbc,
            LeadProfiles profiles,
            LeadStages stages,
            LatestLifecycle latestLifecycle,
            ProcessEngine engine,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${leadflow.consent.double-opt-in:false}") boolean doubleOptIn) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.stages = stages;
        this.latestLifecycle = latestLifecycle;
        this.engine = engine;
        this.engineCommands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.clock = clock;
        this.events = events;
        this.doubleOptIn = doubleOptIn;
    }

    /** Creates these leads, whose emails must be unknown and distinct, and answers them as stored. */
    List<Lead> create(List<NewLead> leads) {
        if (leads.isEmpty()) {
            return List.of();
        }
        // the databases keep microseconds: the answer then equals what a later read returns
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Lead> stored = new ArrayList<>();
        for (int from = 0; from < leads.size(); from += Inserts.MAX_ROWS) {
            List<NewLead> part = leads.subList(from, Math.min(leads.size(), from + Inserts.MAX_ROWS));
            Inserts statement = new Inserts();
            stored.addAll(profiles.insertAll(part, now, doubleOptIn, statement));
            stages.recordInitial(part, now, statement);
            statement.execute(jdbc);
        }
        if (doubleOptIn) {
            leads.stream()
                    .filter(lead -> lead.form().consent() != null
                            && lead.form().consent().allowsMarketingEmail())
                    .forEach(lead -> events.publishEvent(new ConsentRequested(lead.id())));
        }
        startLifecycles(leads);
        return stored;
    }

    /** Started by the id of the latest version (see {@link LatestLifecycle}), not by key. */
    private void startLifecycles(List<NewLead> leads) {
        engineCommands.execute(commandContext -> {
            String latest = latestLifecycle.id(commandContext);
            leads.forEach(lead -> engine.getRuntimeService()
                    .createProcessInstanceById(latest)
                    .businessKey(lead.id().value())
                    .execute());
            return null;
        });
    }
}
