package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expected entries per stage and week: every lead in work, by stage and age in days, moves on with
 * the daily hazards of its stage's life table (a chain: entrants of one stage start at age 0 in the
 * next), plus new leads at the historic daily rate. Ranges are Poisson 10th–90th percentiles.
 */
final class Forecaster {

    static final int WEEKS = 12;
    static final List<Integer> HORIZONS = List.of(4, 8, 12);
    static final String METHOD = "work in progress by stage and age x daily exit hazards per stage and target"
            + " (life table of the stays that began in the training window, open stays censored), chained"
            + " through the stages, plus new leads at the historic daily rate; range = Poisson 10th-90th percentile";

    private Forecaster() {}

    /** Expected entries [stage ordinal][week index]. */
    static double[][] expectedEntries(StayStatistics stats) {
        int stages = LifecycleStage.values().length;
        int maxDays = stats.maxDays;
        double[][] atRisk = new double[stages][];
        for (int x = 0; x < stages; x++) {
            atRisk[x] = stats.atRisk(x);
        }
        double[][] inStage = new double[stages][];
        for (int x = 0; x < stages; x++) {
            inStage[x] = stats.wip[x].clone();
        }
        double[][] entries = new double[stages][WEEKS];
        for (int day = 0; day < WEEKS * 7; day++) {
            double[] flows = new double[stages];
            double[][] next = new double[stages][maxDays];
            for (int x = 0; x < stages; x++) {
                if (Funnel.isTerminal(LifecycleStage.values()[x])) {
                    continue;
                }
                for (int age = 0; age < maxDays; age++) {
                    double leads = inStage[x][age];
                    if (leads == 0) {
                        continue;
                    }
                    double risk = atRisk[x][age];
                    double stay = risk == 0 ? 1 : 1 - stats.left(x, age) / risk;
                    for (int y = 0; risk > 0 && y < stages; y++) {
                        flows[y] += leads * stats.moved(x, y, age) / risk;
                    }
                    if (age + 1 < maxDays) {
                        next[x][age + 1] += leads * stay;
                    }
                }
            }
            for (int y = 0; y < stages; y++) {
                flows[y] += stats.arrivalsPerDay(y);
                entries[y][day / 7] += flows[y];
                next[y][0] += Funnel.isTerminal(LifecycleStage.values()[y]) ? 0 : flows[y];
            }
            inStage = next;
        }
        return entries;
    }

    static LeadFlowReport.Forecast forecast(StayStatistics stats, int trainingWeeks) {
        double[][] entries = expectedEntries(stats);
        LocalDate start = stats.asOf.atZone(ZoneOffset.UTC).toLocalDate();
        List<LeadFlowReport.ForecastWeek> weeks = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            Map<String, LeadFlowReport.Estimate> perStage = new LinkedHashMap<>();
            for (LifecycleStage stage : Funnel.FORECAST) {
                perStage.put(stage.name(), Poisson.estimate(entries[stage.ordinal()][week]));
            }
            weeks.add(new LeadFlowReport.ForecastWeek(week + 1, start.plusWeeks(week), perStage));
        }
        List<LeadFlowReport.Horizon> horizons = new ArrayList<>();
        for (int horizon : HORIZONS) {
            Map<String, LeadFlowReport.Estimate> perStage = new LinkedHashMap<>();
            for (LifecycleStage stage : Funnel.FORECAST) {
                double sum = 0;
                for (int week = 0; week < horizon; week++) {
                    sum += entries[stage.ordinal()][week];
                }
                perStage.put(stage.name(), Poisson.estimate(sum));
            }
            horizons.add(new LeadFlowReport.Horizon(horizon, perStage));
        }
        return new LeadFlowReport.Forecast(stats.asOf, trainingWeeks, METHOD, weeks, horizons);
    }
}
