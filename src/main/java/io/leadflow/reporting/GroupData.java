package io.leadflow.reporting;

import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.LifecycleStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One group's numbers while the queries fill them in; stage maps start with every stage at zero. */
final class GroupData {

    final String key;
    final Map<String, Long> stagesNow = zeros(LifecycleStage.values());
    final Map<String, Long> buyingStages = zeros(BuyingStage.values());
    final List<Map<String, Long>> weeks = new ArrayList<>();
    final Map<String, LeadFlowReport.Rate> nextStep = new LinkedHashMap<>();
    final Map<String, LeadFlowReport.Rate> cumulative = new LinkedHashMap<>();
    final List<LeadFlowReport.Recycle> recycles = new ArrayList<>();
    final Map<String, Long> slaBreaches = new TreeMap<>();

    GroupData(String key, int weekCount) {
        this.key = key;
        for (int i = 0; i < weekCount; i++) {
            weeks.add(zeros(LifecycleStage.values()));
        }
        List<LifecycleStage> order = Funnel.ORDER;
        for (int i = 0; i < order.size() - 1; i++) {
            nextStep.put(order.get(i).name(), LeadFlowReport.Rate.of(0, 0));
        }
        for (int i = Funnel.rank(LifecycleStage.LEAD) + 1; i < order.size(); i++) {
            cumulative.put(order.get(i).name(), LeadFlowReport.Rate.of(0, 0));
        }
    }

    LeadFlowReport.Group toGroup(List<ReportWeeks.Week> weekList) {
        List<LeadFlowReport.WeekEntries> entries = new ArrayList<>();
        for (int i = 0; i < weekList.size(); i++) {
            ReportWeeks.Week week = weekList.get(i);
            entries.add(new LeadFlowReport.WeekEntries(week.label(), week.start(), weeks.get(i)));
        }
        long breaches = slaBreaches.values().stream().mapToLong(Long::longValue).sum();
        return new LeadFlowReport.Group(
                key,
                stagesNow,
                buyingStages,
                entries,
                nextStep,
                cumulative,
                recycles,
                new LeadFlowReport.SlaBreaches(breaches, slaBreaches));
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            map.put(value.name(), 0L);
        }
        return map;
    }
}
