package io.leadflow.nurture;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where links point, who sends, the link-signing secret and how the outbox dispatches. */
@ConfigurationProperties("leadflow.nurture")
record NurtureSettings(String baseUrl, String from, String hmacSecret, Outbox outbox) {

    record Outbox(boolean schedulingEnabled, Duration pollInterval, int maxAttempts, int batchSize) {}
}
