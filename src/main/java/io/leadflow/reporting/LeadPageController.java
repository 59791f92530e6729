package io.leadflow.reporting;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadStages;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import io.leadflow.platform.UiController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** GET /leads/{id}: one lead's profile, stage history, scores, emails, open tasks and timeline. */
@UiController
class LeadPageController {

    private final Leads leads;
    private final LeadStages stages;
    private final LeadTimeline timeline;

    LeadPageController(Leads leads, LeadStages stages, LeadTimeline timeline) {
        this.leads = leads;
        this.stages = stages;
        this.timeline = timeline;
    }

    @GetMapping("/leads/{id}")
    String page(@PathVariable String id, Model model) {
        LeadId leadId = new LeadId(id);
        Lead lead = leads.find(leadId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No lead with id " + id + "."));
        model.addAttribute("lead", lead);
        model.addAttribute("stageHistory", stages.history(leadId));
        model.addAttribute("timeline", timeline.newestFirst(leadId));
        return "lead";
    }
}
