package io.leadflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What a lead-flow report covers: dates inclusive (UTC), optional split, and the moment it is made. */
record LeadFlowQuery(LocalDate from, LocalDate to, GroupBy groupBy, Instant asOf) {

    Instant fromInstant() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Exclusive end: the start of the day after {@code to}. */
    Instant toExclusive() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
