package io.leadflow.reporting;

import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;

/** Query parameters of GET /api/reports/lead-flow; both dates optional (default: the last 90 days). */
@ValidReportRange
record LeadFlowParams(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Pattern(regexp = "(?i)source|campaign|team", message = "must be one of [source, campaign, team]")
                String groupBy) {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 731;

    LeadFlowQuery query(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = to != null ? to : (from != null && from.isAfter(today) ? from : today);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        return new LeadFlowQuery(start, end, GroupBy.parse(groupBy), clock.instant());
    }
}
