package io.leadflow.reporting;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The forecast the report shows: learnt from 26 weeks of stays, it moves little within minutes, so
 * it is made at most once per {@code leadflow.reporting.forecast-max-age} (default 10 minutes) and
 * shown with the asOf it was made at. A report for an earlier asOf (a backtest) is made afresh.
 */
@Component
class ForecastCache {

    private final StayHistory stays;
    private final Duration maxAge;
    private volatile LeadFlowReport.Forecast latest;

    ForecastCache(StayHistory stays, @Value("${leadflow.reporting.forecast-max-age:PT10M}") Duration maxAge) {
        this.stays = stays;
        this.maxAge = maxAge;
    }

    /** The forecast as it would have been made at {@code asOf} from the rows before it. */
    LeadFlowReport.Forecast at(Instant asOf) {
        return Forecaster.forecast(stays.read(asOf, LeadFlowReports.TRAINING_WEEKS), LeadFlowReports.TRAINING_WEEKS);
    }

    /** The latest forecast if it was made at most maxAge before {@code asOf}, else a new one. */
    LeadFlowReport.Forecast around(Instant asOf) {
        LeadFlowReport.Forecast cached = latest;
        if (fresh(cached, asOf)) {
            return cached;
        }
        synchronized (this) {
            // a concurrent report may have made it while this one waited
            if (!fresh(latest, asOf)) {
                latest = at(asOf);
            }
            return latest;
        }
    }

    private boolean fresh(LeadFlowReport.Forecast forecast, Instant asOf) {
        return forecast != null
                && !asOf.isBefore(forecast.asOf())
                && Duration.between(forecast.asOf(), asOf).compareTo(maxAge) < 0;
    }
}
