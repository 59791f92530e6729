package io.leadflow.reporting;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The lead-flow report for marketing: where leads are, how they move, what comes next. */
@RestController
class LeadFlowController {

    private final LeadFlowReports reports;
    private final Clock clock;

    LeadFlowController(LeadFlowReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/reports/lead-flow")
    LeadFlowReport leadFlow(@Valid LeadFlowParams params) {
        return reports.report(params.query(clock));
    }
}
