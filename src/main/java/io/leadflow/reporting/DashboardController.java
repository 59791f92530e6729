package io.leadflow.reporting;

import io.leadflow.platform.Flash;
import io.leadflow.platform.UiController;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GET /: the marketing dashboard, drawn from the lead-flow report computed in-process. */
@UiController
class DashboardController {

    private final LeadFlowReports reports;
    private final Clock clock;

    DashboardController(LeadFlowReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@Valid LeadFlowParams params, BindingResult invalid, Model model, RedirectAttributes redirect) {
        if (invalid.hasErrors()) {
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.error("Invalid date range or grouping: "
                            + invalid.getFieldErrors().stream()
                                    .map(error -> error.getField() + " " + error.getDefaultMessage())
                                    .toList()));
            return "redirect:/";
        }
        LeadFlowReport report = reports.report(params.query(clock));
        model.addAttribute("params", params);
        model.addAttribute("report", report);
        model.addAttribute("view", DashboardView.of(report));
        model.addAttribute("stageTimes", DashboardView.stageTimes(report.timeInStage()));
        model.addAttribute("weeklyChart", DashboardCharts.weeklyEntries(report));
        model.addAttribute("forecastChart", DashboardCharts.forecast(report.forecast()));
        model.addAttribute("forecastStages", DashboardCharts.forecastStages(report.forecast()));
        return "dashboard";
    }
}
