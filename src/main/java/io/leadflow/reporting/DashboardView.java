package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report summed over its groups, in the shape the dashboard template draws. */
record DashboardView(Map<String, Long> stagesNow, long total, Map<String, Long> buyingStages, long maxStage) {

    /** One stage in the funnel with its share of the biggest stage (bar width in percent). */
    record FunnelRow(String stage, long count, double widthPercent) {}

    static DashboardView of(LeadFlowReport report) {
        Map<String, Long> stages = sum(
                report.groups().stream().map(LeadFlowReport.Group::stagesNow).toList());
        Map<String, Long> buying = sum(
                report.groups().stream().map(LeadFlowReport.Group::buyingStages).toList());
        long total = stages.values().stream().mapToLong(Long::longValue).sum();
        long max = stages.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new DashboardView(stages, total, buying, max);
    }

    public List<FunnelRow> funnel() {
        return stagesNow.entrySet().stream()
                .map(e -> new FunnelRow(e.getKey(), e.getValue(), maxStage == 0 ? 0 : 100.0 * e.getValue() / maxStage))
                .toList();
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

    static Map<String, Long> sum(List<Map<String, Long>> maps) {
        Map<String, Long> total = new LinkedHashMap<>();
        for (Map<String, Long> map : maps) {
            map.forEach((key, value) -> total.merge(key, value, Long::sum));
        }
        return total;
    }
}
