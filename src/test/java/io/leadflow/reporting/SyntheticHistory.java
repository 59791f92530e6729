package io.leadflow.reporting;

import io.leadflow.reporting.HistoryFixture.LeadRow;
import io.leadflow.reporting.HistoryFixture.Stay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated lead histories with known behaviour, for the backtest and the benchmark: leads arrive
 * uniformly; each stay ends in one outcome drawn by its probability, after a time drawn from that
 * outcome's distribution (exponential or lognormal). A fixed seed makes every run the same.
 */
final class SyntheticHistory {

    /** One possible end of a stay: probability, target, reason, and median days (lognormal σ, 0 = exponential). */
    record Outcome(double probability, String target, String reason, double medianDays, double sigma) {}

    static final List<String> SOURCES = List.of("web", "fair", "webinar", "demo-request", "newsletter");

    private final Random random;
    private final HistoryFixture fixture;

    SyntheticHistory(long seed, HistoryFixture fixture) {
        this.random = new Random(seed);
        this.fixture = fixture;
    }

    /** The stages' outcomes; what is left to 1 is "stays for good" (LEAD only). */
    static List<Outcome> outcomes(String stage) {
        return switch (stage) {
            case "LEAD" -> List.of(
                    new Outcome(0.45, "MQL", "qualified", 12, 0), new Outcome(0.10, "DISQUALIFIED", "no fit", 20, 0));
            case "MQL" -> List.of(
                    new Outcome(0.60, "SAL", "accepted", 2, 0.8),
                    new Outcome(0.20, "LEAD", "not ready", 4, 0),
                    new Outcome(0.20, "LEAD", "no budget", 4, 0));
            case "SAL" -> List.of(
                    new Outcome(0.75, "SQL", "handed over", 3, 0.5),
                    new Outcome(0.25, "DISQUALIFIED", "no need", 5, 0));
            case "SQL" -> List.of(
                    new Outcome(0.85, "OPPORTUNITY", "opportunity", 2, 0),
                    new Outcome(0.15, "LEAD", "no project", 7, 0));
            case "OPPORTUNITY" -> List.of(
                    new Outcome(0.35, "CUSTOMER", "won", 25, 0.6), new Outcome(0.65, "LEAD", "lost", 30, 0.6));
            default -> List.of();
        };
    }

    /** {@code leads} leads arriving over {@code weeks} weeks from {@code start}; history up to the end of them. */
    void generate(int leads, int weeks, Instant start, String idPrefix) {
        Instant end = start.plus(Duration.ofDays(7L * weeks));
        long span = Duration.between(start, end).toSeconds();
        for (int n = 0; n < leads; n++) {
            String id = idPrefix + n;
            Instant at = start.plusSeconds((long) (random.nextDouble() * span));
            String stage = "LEAD";
            String from = null;
            String reason = "captured";
            while (true) {
                Outcome outcome = draw(outcomes(stage));
                Instant leftAt = outcome == null ? null : at.plusSeconds(seconds(outcome));
                boolean ends = leftAt != null && leftAt.isBefore(end);
                fixture.stay(new Stay(id, stage, from, reason, at, ends ? leftAt : null));
                if (!ends) {
                    break;
                }
                from = stage;
                stage = outcome.target();
                reason = outcome.reason();
                at = leftAt;
            }
            String source = SOURCES.get(random.nextInt(SOURCES.size()));
            String buying = List.of("NO_NEED", "NEED_NO_BANT", "SHORTLIST").get(random.nextInt(3));
            fixture.lead(new LeadRow(id, stage, buying, source, "campaign-" + random.nextInt(20), null));
            if (n % 10_000 == 9_999) {
                fixture.flush();
            }
        }
        fixture.flush();
    }

    /**
     * Sales rows derived from the generated history without drawing random numbers (the backtest's
     * draws stay the same): every lead that reached SAL was routed to one of ten teams by the last
     * digit of its id, and every tenth SAL stay breached the acceptance SLA on entry.
     */
    static void salesRows(JdbcTemplate jdbc) {
        jdbc.update("insert into sales_lead_routing (lead_id, team, routed_at)"
                + " select lead_id, 'team-' || substring(lead_id, length(lead_id), 1), min(entered_at)"
                + " from lead_stage_history where stage = 'SAL' group by lead_id");
        jdbc.update("insert into sales_sla_breach (lead_id, task_id, team, breached_at)"
                + " select h.lead_id, 'task-' || cast(h.id as varchar(20)), r.team, h.entered_at"
                + " from lead_stage_history h join sales_lead_routing r on r.lead_id = h.lead_id"
                + " where h.stage = 'SAL' and mod(h.id, 10) = 0");
    }

    private Outcome draw(List<Outcome> outcomes) {
        double u = random.nextDouble();
        for (Outcome outcome : outcomes) {
            u -= outcome.probability();
            if (u < 0) {
                return outcome;
            }
        }
        return null;
    }

    private long seconds(Outcome outcome) {
        double days = outcome.sigma() == 0
                ? -Math.log(1 - random.nextDouble()) * outcome.medianDays() / Math.log(2)
                : Math.exp(Math.log(outcome.medianDays()) + outcome.sigma() * random.nextGaussian());
        return Math.max(1, (long) (days * 86_400));
    }
}
