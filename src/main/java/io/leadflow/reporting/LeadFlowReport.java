package io.leadflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The lead flow of a date range, per group, with time in stage and the forecast from {@code asOf}. */
public record LeadFlowReport(
        LocalDate from,
        LocalDate to,
        Instant asOf,
        String groupBy,
        List<Group> groups,
        Map<String, StageTime> timeInStage,
        Forecast forecast) {

    /** One group's numbers ("all" without groupBy); stage maps are in funnel order. */
    public record Group(
            String key,
            Map<String, Long> stagesNow,
            Map<String, Long> buyingStages,
            List<WeekEntries> weeklyEntries,
            Map<String, Rate> nextStepConversion,
            Map<String, Rate> cumulativeFromLead,
            List<Recycle> recycles,
            SlaBreaches slaBreaches) {}

    /** SAL tasks that missed their escalation deadline in the range, in all and by the team that had them. */
    public record SlaBreaches(long total, Map<String, Long> byTeam) {}

    /** Entries into each stage during one ISO week (clipped to the range). */
    public record WeekEntries(String week, LocalDate weekStart, Map<String, Long> entries) {}

    /** Of {@code entered} leads, {@code converted} went on; rate is null when none entered. */
    public record Rate(long entered, long converted, Double rate) {
        static Rate of(long entered, long converted) {
            return new Rate(entered, converted, entered == 0 ? null : (double) converted / entered);
        }
    }

    /** Moves back to LEAD from a later stage, by reason. */
    public record Recycle(String fromStage, String reason, long count) {}

    /** Closed stays that ended in the range; hours truncated to whole hours, nearest-rank percentiles. */
    public record StageTime(long stays, Long medianHours, Long p90Hours) {}

    /** Expected entries per week and per horizon with a 10th–90th percentile range. */
    public record Forecast(
            Instant asOf, int trainingWeeks, String method, List<ForecastWeek> weeks, List<Horizon> horizons) {}

    /** Week {@code week} (1 = the 7 days after asOf) of the forecast. */
    public record ForecastWeek(int week, LocalDate start, Map<String, Estimate> entries) {}

    /** The sum over the next {@code weeks} weeks. */
    public record Horizon(int weeks, Map<String, Estimate> entries) {}

    /** Expected value and a 10th–90th percentile range (Poisson approximation). */
    public record Estimate(double expected, long low, long high) {}
}
