package io.leadflow.reporting;

import io.leadflow.scoring.ScoreReason;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead page's score history: engagement points earned over time (running sum of the scored events
 * shown, before decay), as a step line starting at the lead's capture.
 */
final class ScoreChart {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);

    private ScoreChart() {}

    /** {@code newestFirst} as ScoreExplanation.history() gives it; null when there is nothing to draw. */
    static String render(Instant created, List<ScoreReason> newestFirst, Instant now) {
        if (newestFirst.isEmpty()) {
            return null;
        }
        List<ScoreReason> events = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(events);
        Instant start =
                created.isBefore(events.get(0).when()) ? created : events.get(0).when();
        Instant end = now.isAfter(events.get(events.size() - 1).when())
                ? now
                : events.get(events.size() - 1).when();
        double[] x = new double[events.size() + 2];
        double[] y = new double[events.size() + 2];
        x[0] = hours(start, start);
        double sum = 0;
        for (int i = 0; i < events.size(); i++) {
            sum = Math.max(0, sum + events.get(i).points());
            x[i + 1] = hours(start, events.get(i).when());
            y[i + 1] = sum;
        }
        x[x.length - 1] = Math.max(hours(start, end), x[x.length - 2]);
        y[y.length - 1] = sum;
        List<SvgLines.Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            double at = x[x.length - 1] * t / 4;
            ticks.add(new SvgLines.Tick(at, DAY.format(start.plusSeconds((long) (at * 3600)))));
        }
        return SvgLines.render(
                "chart-score",
                x,
                List.of(new SvgLines.Series("engagement points", "#7b61ff", y, null, null)),
                ticks,
                true);
    }

    private static double hours(Instant from, Instant to) {
        return (to.toEpochMilli() - from.toEpochMilli()) / 3_600_000.0;
    }
}
