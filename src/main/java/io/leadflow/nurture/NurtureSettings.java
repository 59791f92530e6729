package io.leadflow.nurture;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where links point, who sends, the link-signing secret and how the outbox dispatches. */
@ConfigurationProperties("leadflow.nurture")
record NurtureSettings(String baseUrl, String from, String hmacSecret, Outbox outbox) {

    /** @param staleClaim how long a claimed entry may stay unsent before another node takes it over */
    record Outbox(
            boolean schedulingEnabled,
            Duration pollInterval,
            int maxAttempts,
            int batchSize,
            @DefaultValue("PT5M") Duration staleClaim) {}
}
