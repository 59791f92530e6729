package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.time.Duration;
import java.time.Instant;

/**
 * A life table per stage, by day of stay: how many stays were still in the stage at each age, how
 * many left on that day and to which stage; plus the stays open at asOf (work in progress) and the
 * arrivals of new leads. Open stays are censored (counted half at risk on their last day), so
 * long, still-running stays do not bias the hazards towards quick exits.
 */
final class StayStatistics {

    private static final int STAGES = LifecycleStage.values().length;

    final Instant asOf;
    final int maxDays;
    private final double[][] closedEnds;
    private final double[][] openEnds;
    private final double[][][] exits;
    final double[][] wip;
    private final double[] arrivals = new double[STAGES];
    private Instant earliest;

    StayStatistics(Instant asOf, int maxDays) {
        this.asOf = asOf;
        this.maxDays = maxDays;
        this.closedEnds = new double[STAGES][maxDays];
        this.openEnds = new double[STAGES][maxDays];
        this.exits = new double[STAGES][STAGES][maxDays];
        this.wip = new double[STAGES][maxDays];
    }

    /** {@code count} stays that ended after {@code day} whole days; {@code next} null when unknown. */
    void closed(LifecycleStage stage, int day, LifecycleStage next, long count) {
        int x = stage.ordinal();
        if (day >= maxDays) {
            openEnds[x][maxDays - 1] += count;
            return;
        }
        closedEnds[x][day] += count;
        if (next != null) {
            exits[x][next.ordinal()][day] += count;
        }
    }

    /** {@code count} stays still open at asOf, {@code age} whole days old. */
    void open(LifecycleStage stage, int age, long count) {
        int x = stage.ordinal();
        openEnds[x][Math.min(age, maxDays - 1)] += count;
        if (age < maxDays) {
            wip[x][age] += count;
        }
    }

    /** {@code count} new leads (no previous stage) entered {@code stage}. */
    void arrivals(LifecycleStage stage, long count) {
        arrivals[stage.ordinal()] += count;
    }

    /** The earliest stay seen: arrivals are averaged over the days the window has data for. */
    void earliest(Instant enteredAt) {
        earliest = earliest == null || enteredAt.isBefore(earliest) ? enteredAt : earliest;
    }

    /** New leads per day entering {@code stage}, over the days the window actually has data for. */
    double arrivalsPerDay(int stage) {
        if (earliest == null) {
            return 0;
        }
        double days = Math.max(1, Duration.between(earliest, asOf).toSeconds() / 86_400.0);
        return arrivals[stage] / days;
    }

    /** Stays in {@code stage} at the start of day {@code day} (life-table estimate). */
    double[] atRisk(int stage) {
        double[] atRisk = new double[maxDays];
        double later = 0;
        for (int day = maxDays - 1; day >= 0; day--) {
            atRisk[day] = later + closedEnds[stage][day] + 0.5 * openEnds[stage][day];
            later += closedEnds[stage][day] + openEnds[stage][day];
        }
        return atRisk;
    }

    double left(int stage, int day) {
        return closedEnds[stage][day];
    }

    double moved(int stage, int to, int day) {
        return exits[stage][to][day];
    }
}
