package io.leadflow.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's SVG charts: stage entries per week, and the forecast with its range. */
final class DashboardCharts {

    /** View box width of the full-width weekly chart. */
    static final int WIDE = 1200;

    private DashboardCharts() {}

    /** Entries per stage per week, summed over the groups; stages without entries are left out. */
    static String weeklyEntries(LeadFlowReport report) {
        List<String> labels = new ArrayList<>();
        Map<String, long[]> series = new LinkedHashMap<>();
        if (report.groups().isEmpty()) {
            return SvgBars.stacked("chart-weekly", labels, series);
        }
        List<LeadFlowReport.WeekEntries> weeks = report.groups().get(0).weeklyEntries();
        weeks.forEach(week -> labels.add(week.week()));
        for (LeadFlowReport.Group group : report.groups()) {
            for (int i = 0; i < group.weeklyEntries().size(); i++) {
                int week = i;
                group.weeklyEntries()
                        .get(i)
                        .entries()
                        .forEach((stage, count) ->
                                series.computeIfAbsent(stage, s -> new long[weeks.size()])[week] += count);
            }
        }
        series.values().removeIf(values -> java.util.Arrays.stream(values).sum() == 0);
        return SvgBars.stacked("chart-weekly", labels, series, WIDE);
    }

    /** Expected entries per week for each forecast stage, with the 10th–90th percentile band. */
    static String forecast(LeadFlowReport.Forecast forecast) {
        List<LeadFlowReport.ForecastWeek> weeks = forecast.weeks();
        double[] x = new double[weeks.size()];
        List<SvgLines.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            x[i] = weeks.get(i).week();
            ticks.add(new SvgLines.Tick(x[i], weeks.get(i).start().toString().substring(5)));
        }
        List<SvgLines.Series> series = new ArrayList<>();
        for (String stage : forecastStages(forecast)) {
            double[] expected = new double[weeks.size()];
            double[] low = new double[weeks.size()];
            double[] high = new double[weeks.size()];
            for (int i = 0; i < weeks.size(); i++) {
                LeadFlowReport.Estimate estimate = weeks.get(i).entries().get(stage);
                expected[i] = estimate.expected();
                low[i] = estimate.low();
                high[i] = estimate.high();
            }
            series.add(new SvgLines.Series(stage, StageColors.of(stage), expected, low, high));
        }
        return SvgLines.render("chart-forecast", x, series, ticks, false);
    }

    static List<String> forecastStages(LeadFlowReport.Forecast forecast) {
        return forecast.weeks().isEmpty()
                ? List.of()
                : List.copyOf(forecast.weeks().get(0).entries().keySet());
    }
}
