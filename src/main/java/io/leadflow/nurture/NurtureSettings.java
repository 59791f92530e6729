package io.leadflow.nurture;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where links point, who sends, the link-signing secret, contact pressure and the outbox. */
@ConfigurationProperties("leadflow.nurture")
record NurtureSettings(
        String baseUrl,
        String from,
        String hmacSecret,
        @DefaultValue("3") int maxEmailsPerWeek,
        @DefaultValue SendWindow sendWindow,
        Outbox outbox) {

    /**
     * @param staleClaim how long a claimed entry may stay unsent before another node takes it over
     * @param connections SMTP connections a batch is spread over (each sends its share in turn)
     */
    record Outbox(
            boolean schedulingEnabled,
            Duration pollInterval,
            int maxAttempts,
            int batchSize,
            @DefaultValue("PT5M") Duration staleClaim,
            @DefaultValue("4") int connections) {}

    /** When marketing email may go out, in the lead's time zone; empty days = every day. */
    record SendWindow(Set<DayOfWeek> days, @DefaultValue("0") int startHour, @DefaultValue("24") int endHour) {}
}
