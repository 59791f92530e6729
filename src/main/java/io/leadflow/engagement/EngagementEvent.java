package io.leadflow.engagement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One thing a lead did, identified by lead id or email; eventId makes a repeat harmless. */
public record EngagementEvent(
        @Size(max = 100) String eventId,
        @Size(max = 36) String leadId,
        @Size(max = 254) String email,
        @NotNull(message = "is required") EventType type,
        @Size(max = 200) String content,
        @Size(max = 1000) String url,
        Instant occurredAt) {

    @AssertTrue(message = "either email or leadId is required")
    boolean isIdentified() {
        return (leadId != null && !leadId.isBlank()) || (email != null && !email.isBlank());
    }
}
