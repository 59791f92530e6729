package io.leadflow.demo;

import io.leadflow.lead.Leads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --leadflow.demo=true}: on a database without leads, seeds {@code leadflow.demo-leads} synthetic
 * leads over {@code leadflow.demo-days} days. Runs before the job executor starts (runners come before
 * ApplicationReadyEvent), so it alone drives the engine; a database with leads is left alone.
 */
@Component
@ConditionalOnProperty(name = "leadflow.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Leads leads;
    private final DemoSimulation simulation;
    private final int leadCount;
    private final int days;

    DemoData(
            Leads leads,
            DemoSimulation simulation,
            @Value("${leadflow.demo-leads:200}") int leadCount,
            @Value("${leadflow.demo-days:90}") int days) {
        this.leads = leads;
        this.simulation = simulation;
        this.leadCount = leadCount;
        this.days = days;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = leads.countLive();
        if (existing > 0) {
            log.info("Demo data: the database already has {} leads, nothing seeded", existing);
            return;
        }
        log.info("Demo data: playing {} leads over {} days through the process (about a minute)...", leadCount, days);
        DemoSimulation.Summary summary = simulation.run(leadCount, days, 20261123L);
        log.info(
                "Demo data: {} leads, {} engagement events, {} jobs, {} sales decisions, {} deals closed in {} s",
                summary.leads(),
                summary.events(),
                summary.jobs(),
                summary.decisions(),
                summary.closed(),
                summary.took().toSeconds());
    }
}
