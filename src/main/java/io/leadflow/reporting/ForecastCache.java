package io.leadflow.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The forecast the report shows: learnt from 26 weeks of stays, it moves little within minutes, so
 * it is made at most once per {@code leadflow.reporting.forecast-max-age} (default 10 minutes) and
 * shown with the asOf it was made at. A background refresh (at startup, then every
 * {@code forecast-refresh}, default 5 minutes) keeps it fresh, so reports never wait for it; a
 * report for an earlier asOf (a backtest) is made afresh.
 */
@Component
class ForecastCache {

    private static final Logger log = LoggerFactory.getLogger(ForecastCache.class);

    private final StayHistory stays;
    private final Duration maxAge;
    private final Clock clock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile LeadFlowReport.Forecast latest;

    ForecastCache(
            StayHistory stays, @Value("${leadflow.reporting.forecast-max-age:PT10M}") Duration maxAge, Clock clock) {
        this.stays = stays;
        this.maxAge = maxAge;
        this.clock = clock;
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

    // on its own thread: the scheduler's single thread also drives the outbox and signals
    @Scheduled(initialDelay = 0, fixedDelayString = "${leadflow.reporting.forecast-refresh:PT5M}")
    void refreshInBackground() {
        if (refreshing.compareAndSet(false, true)) {
            CompletableFuture.runAsync(this::refresh).whenComplete((done, failed) -> refreshing.set(false));
        }
    }

    private void refresh() {
        try {
            LeadFlowReport.Forecast forecast = at(clock.instant());
            synchronized (this) {
                latest = forecast;
            }
        } catch (RuntimeException e) {
            log.warn("Forecast refresh failed; reports make their own: {}", e.toString());
        }
    }

    private boolean fresh(LeadFlowReport.Forecast forecast, Instant asOf) {
        return forecast != null
                && !asOf.isBefore(forecast.asOf())
                && Duration.between(forecast.asOf(), asOf).compareTo(maxAge) < 0;
    }
}
