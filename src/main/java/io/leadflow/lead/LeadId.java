package io.leadflow.lead;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identity of a lead; also the business key of its lifecycle process instance. */
public record LeadId(@JsonValue String value) {

    public LeadId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("lead id must not be blank");
        }
    }

    public static LeadId newId() {
        return new LeadId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
