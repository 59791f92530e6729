package io.leadflow.scoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagement loses weight with age (half-life, default 30 days), so a lead that went quiet falls
 * below the MQL rule. One bulk UPDATE for all leads; on a cluster one node per run wins the claim.
 */
@Component
public class EngagementDecay {

    private final JdbcClient jdbc;
    private final Duration halfLife;
    private final Clock clock;

    EngagementDecay(JdbcClient jdbc, @Value("${leadflow.scoring.half-life:P30D}") Duration halfLife, Clock clock) {
        this.jdbc = jdbc;
        this.halfLife = halfLife;
        this.clock = clock;
    }

    @Scheduled(cron = "${leadflow.scoring.decay-cron:0 17 3 * * *}")
    void nightly() {
        Instant now = clock.instant();
        Instant last = jdbc.sql("select last_run from scoring_run where name = 'decay'")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
        if (last == null) {
            jdbc.sql("insert into scoring_run (name, last_run) values ('decay', ?)")
                    .param(Timestamp.from(now))
                    .update();
            return;
        }
        boolean claimed = jdbc.sql("update scoring_run set last_run = ? where name = 'decay' and last_run = ?")
                        .params(Timestamp.from(now), Timestamp.from(last))
                        .update()
                == 1;
        if (claimed) {
            decay(Duration.between(last, now));
        }
    }

    /** Applies the decay for a period to every lead; returns how many leads changed. */
    @Transactional
    public int decay(Duration elapsed) {
        double factor = Math.pow(0.5, (double) elapsed.toMinutes() / halfLife.toMinutes());
        return jdbc.sql("update lead set engagement_score = engagement_score * ? where engagement_score <> 0")
                .param(factor)
                .update();
    }
}
