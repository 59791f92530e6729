package io.leadflow.demo;

import io.leadflow.engagement.EngagementEvent;
import io.leadflow.engagement.EngagementIntake;
import io.leadflow.engagement.EventType;
import io.leadflow.lead.LeadCapture;
import io.leadflow.lead.LeadId;
import io.leadflow.platform.SimulatedTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Plays {@code days} days of lead flow through the real process, ending now: each simulated day new
 * leads are captured, known leads engage (opens, visits, downloads, demo requests), due timers and
 * async steps run, emails go out, the demo rep decides SAL tasks and the demo CRM closes deals.
 */
@Component
class DemoSimulation {

    /** What happened, for the log line and the test. */
    record Summary(int leads, int events, int jobs, int decisions, int closed, Duration took) {}

    private record Actor(LeadId id, DemoPeople.Persona persona, int demoDay) {}

    /** Engaged leads do what the scoring table values (pricing, decision content, webinars). */
    private static final List<EventType> ENGAGED = List.of(
            EventType.EMAIL_CLICKED,
            EventType.PAGE_VISITED,
            EventType.CONTENT_DOWNLOADED,
            EventType.WEBINAR_ATTENDED,
            EventType.EMAIL_OPENED);

    private static final List<EventType> CASUAL =
            List.of(EventType.EMAIL_OPENED, EventType.EMAIL_OPENED, EventType.EMAIL_CLICKED, EventType.PAGE_VISITED);

    private final LeadCapture capture;
    private final EngagementIntake engagement;
    private final DemoEngine engine;
    private final DemoSales sales;
    private final Clock clock;

    DemoSimulation(LeadCapture capture, EngagementIntake engagement, DemoEngine engine, DemoSales sales, Clock clock) {
        this.capture = capture;
        this.engagement = engagement;
        this.engine = engine;
        this.sales = sales;
        this.clock = clock;
    }

    Summary run(int leadCount, int days, long seed) {
        if (!(clock instanceof SimulatedTime time)) {
            throw new IllegalStateException("Demo data needs the app's SimulatedTime clock, found " + clock);
        }
        Instant started = Instant.now();
        Instant end = time.instant();
        Instant firstDay = end.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS);
        Random random = new Random(seed);
        DemoPeople people = new DemoPeople(random);
        List<Actor> actors = new ArrayList<>();
        int[] counts = new int[4];
        sales.ensureRep();
        try {
            for (int day = 0; day < days; day++) {
                // one moment per day keeps the run short: yesterday's SAL tasks are decided today,
                // before their one-day escalation timer runs in the catch-up
                Instant morning = firstDay.plus(Duration.ofDays(day)).plus(Duration.ofHours(9));
                time.set(morning);
                capture(people, actors, day, newLeads(leadCount, days, day, random, actors.size()));
                counts[0] += engage(actors, day, random, morning);
                counts[2] += sales.decide(morning, random);
                counts[3] += sales.closeOpportunities(morning, random);
                counts[1] += engine.catchUp();
            }
        } finally {
            time.reset();
        }
        counts[1] += engine.catchUp();
        return new Summary(
                actors.size(), counts[0], counts[1], counts[2], counts[3], Duration.between(started, Instant.now()));
    }

    /** Spread over the days with weekday peaks; the last day fills up to the total. */
    private static int newLeads(int total, int days, int day, Random random, int sofar) {
        if (day == days - 1) {
            return Math.max(0, total - sofar);
        }
        double mean = (double) total / days * (day % 7 < 5 ? 1.2 : 0.5);
        int n = (int) Math.floor(mean + random.nextDouble());
        return Math.max(0, Math.min(n, total - sofar));
    }

    private void capture(DemoPeople people, List<Actor> actors, int day, int count) {
        for (int i = 0; i < count; i++) {
            DemoPeople.Persona persona = people.persona();
            LeadId id = capture.capture(people.lead(persona)).id();
            actors.add(new Actor(id, persona, day + 2 + Math.abs(id.value().hashCode() % 12)));
        }
    }

    /** Each lead engages with its persona's daily chance; hand-raisers ask for a demo once. */
    private int engage(List<Actor> actors, int day, Random random, Instant now) {
        List<EngagementIntake.Item> items = new ArrayList<>();
        for (Actor actor : actors) {
            if (actor.persona() == DemoPeople.Persona.HAND_RAISER && actor.demoDay() == day) {
                items.add(item(items.size(), actor, EventType.DEMO_REQUESTED, "demo", now));
            } else if (random.nextDouble() < actor.persona().activityPerDay) {
                List<EventType> mix = actor.persona() == DemoPeople.Persona.CASUAL ? CASUAL : ENGAGED;
                EventType type = mix.get(random.nextInt(mix.size()));
                items.add(item(
                        items.size(), actor, type, type == EventType.CONTENT_DOWNLOADED ? "pricing-guide" : null, now));
            }
        }
        engagement.ingest(items);
        return items.size();
    }

    private static EngagementIntake.Item item(int index, Actor actor, EventType type, String content, Instant now) {
        String url = type == EventType.PAGE_VISITED ? "https://leadflow.example/pricing" : null;
        return new EngagementIntake.Item(
                index, new EngagementEvent(null, actor.id().value(), null, type, content, url, now));
    }
}
