package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report summed over its groups, in the shape the dashboard template draws. */
record DashboardView(
        Map<String, Long> stagesNow,
        long total,
        Map<String, Long> buyingStages,
        List<Conversion> conversions,
        List<LeadFlowReport.Recycle> recycles) {

    /** One stage in a bar list with its share of the biggest (bar width in percent). */
    public record Bar(String name, long count, double widthPercent) {}

    /** Of the leads that entered {@code stage}, the share that went on to the next stage / from LEAD to it. */
    public record Conversion(String stage, LeadFlowReport.Rate nextStep, LeadFlowReport.Rate fromLead) {}

    /** Time in stage with bar widths relative to the longest p90. */
    public record StageTimeRow(String stage, LeadFlowReport.StageTime time, double medianPercent, double p90Percent) {}

    static DashboardView of(LeadFlowReport report) {
        Map<String, Long> stages = sum(
                report.groups().stream().map(LeadFlowReport.Group::stagesNow).toList());
        Map<String, Long> buying = sum(
                report.groups().stream().map(LeadFlowReport.Group::buyingStages).toList());
        long total = stages.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardView(stages, total, buying, conversions(report), recycles(report));
    }

    public List<Bar> funnel() {
        return bars(stagesNow);
    }

    public List<Bar> buyingMix() {
        return bars(buyingStages);
    }

    public long count(String stage) {
        return stagesNow.getOrDefault(stage, 0L);
    }

    /** Leads in sales' hands now: SAL, SQL and OPPORTUNITY. */
    public long withSales() {
        return count(LifecycleStage.SAL.name())
                + count(LifecycleStage.SQL.name())
                + count(LifecycleStage.OPPORTUNITY.name());
    }

    static List<StageTimeRow> stageTimes(Map<String, LeadFlowReport.StageTime> times) {
        long max = times.values().stream()
                .map(LeadFlowReport.StageTime::p90Hours)
                .filter(hours -> hours != null)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        return times.entrySet().stream()
                .map(e -> new StageTimeRow(
                        e.getKey(),
                        e.getValue(),
                        percent(e.getValue().medianHours(), max),
                        percent(e.getValue().p90Hours(), max)))
                .toList();
    }

    private static double percent(Long hours, long max) {
        return hours == null || max == 0 ? 0 : 100.0 * hours / max;
    }

    private static List<Bar> bars(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return counts.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue(), max == 0 ? 0 : 100.0 * e.getValue() / max))
                .toList();
    }

    /** Rates summed over groups: entered and converted add up, the rate is recomputed. */
    private static List<Conversion> conversions(LeadFlowReport report) {
        Map<String, long[]> next = new LinkedHashMap<>();
        Map<String, long[]> cumulative = new LinkedHashMap<>();
        for (LeadFlowReport.Group group : report.groups()) {
            add(next, group.nextStepConversion());
            add(cumulative, group.cumulativeFromLead());
        }
        List<Conversion> rows = new ArrayList<>();
        for (LifecycleStage stage : Funnel.ORDER) {
            long[] n = next.get(stage.name());
            long[] c = cumulative.get(stage.name());
            if (n != null || c != null) {
                rows.add(new Conversion(
                        stage.name(),
                        n == null ? null : LeadFlowReport.Rate.of(n[0], n[1]),
                        c == null ? null : LeadFlowReport.Rate.of(c[0], c[1])));
            }
        }
        return rows;
    }

    private static void add(Map<String, long[]> sums, Map<String, LeadFlowReport.Rate> rates) {
        rates.forEach((stage, rate) -> {
            long[] sum = sums.computeIfAbsent(stage, s -> new long[2]);
            sum[0] += rate.entered();
            sum[1] += rate.converted();
        });
    }

    /** Recycles by from-stage and reason, summed over groups, most first. */
    private static List<LeadFlowReport.Recycle> recycles(LeadFlowReport report) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        report.groups().stream()
                .flatMap(group -> group.recycles().stream())
                .forEach(r -> counts.merge(
                        List.of(r.fromStage(), r.reason() == null ? "(none)" : r.reason()), r.count(), Long::sum));
        return counts.entrySet().stream()
                .map(e ->
                        new LeadFlowReport.Recycle(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .toList();
    }

    static Map<String, Long> sum(List<Map<String, Long>> maps) {
        Map<String, Long> total = new LinkedHashMap<>();
        for (Map<String, Long> map : maps) {
            map.forEach((key, value) -> total.merge(key, value, Long::sum));
        }
        return total;
    }
}
