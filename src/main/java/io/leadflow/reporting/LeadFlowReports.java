package io.leadflow.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the lead-flow report and its forecast; {@code asOf} lets a backtest forecast from a past date. */
@Service
public class LeadFlowReports {

    /** Weeks of history before asOf the forecast learns from. */
    static final int TRAINING_WEEKS = 26;

    private final FunnelQueries funnel;
    private final SetbackQueries setbacks;
    private final StageTimes stageTimes;
    private final ForecastCache forecasts;

    LeadFlowReports(FunnelQueries funnel, SetbackQueries setbacks, StageTimes stageTimes, ForecastCache forecasts) {
        this.funnel = funnel;
        this.setbacks = setbacks;
        this.stageTimes = stageTimes;
        this.forecasts = forecasts;
    }

    // read-only transaction: one snapshot for all queries
    @Transactional(readOnly = true)
    public LeadFlowReport report(LeadFlowQuery query) {
        List<ReportWeeks.Week> weeks = ReportWeeks.of(query.from(), query.to());
        Map<String, GroupData> groups = new TreeMap<>();
        if (query.groupBy() == null) {
            groups.put(FunnelQueries.ALL, new GroupData(FunnelQueries.ALL, weeks.size()));
        }
        java.util.function.Function<String, GroupData> group =
                key -> groups.computeIfAbsent(key, k -> new GroupData(k, weeks.size()));
        funnel.stagesNow(query, group);
        funnel.flow(query, weeks, group);
        setbacks.recycles(query, group);
        setbacks.slaBreaches(query, group);
        return new LeadFlowReport(
                query.from(),
                query.to(),
                query.asOf(),
                query.groupBy() == null ? null : query.groupBy().column,
                groups.values().stream().map(data -> data.toGroup(weeks)).toList(),
                stageTimes.of(query),
                forecasts.around(query.asOf()));
    }

    /** The forecast alone, as it would have been made at {@code asOf} from the rows before it. */
    @Transactional(readOnly = true)
    public LeadFlowReport.Forecast forecast(Instant asOf) {
        return forecasts.at(asOf);
    }
}
