package io.leadflow.reporting;

import io.leadflow.engagement.ScoreExplanation;
import io.leadflow.engagement.ScoreExplanations;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadStages;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import io.leadflow.nurture.LeadEmails;
import io.leadflow.platform.UiController;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** GET /leads/{id}: one lead's profile, stage history, scores, emails, open tasks and timeline. */
@UiController
class LeadPageController {

    static final int EMAILS_SHOWN = 50;

    private final Leads leads;
    private final LeadStages stages;
    private final LeadTimeline timeline;
    private final ScoreExplanations scores;
    private final LeadEmails emails;
    private final LeadWork work;
    private final Clock clock;

    LeadPageController(
            Leads leads,
            LeadStages stages,
            LeadTimeline timeline,
            ScoreExplanations scores,
            LeadEmails emails,
            LeadWork work,
            Clock clock) {
        this.leads = leads;
        this.stages = stages;
        this.timeline = timeline;
        this.scores = scores;
        this.emails = emails;
        this.work = work;
        this.clock = clock;
    }

    @GetMapping("/leads/{id}")
    String page(@PathVariable String id, Model model) {
        LeadId leadId = new LeadId(id);
        Lead lead = leads.find(leadId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No lead with id " + id + "."));
        ScoreExplanation score = scores.explain(leadId);
        model.addAttribute("lead", lead);
        model.addAttribute("score", score);
        model.addAttribute("scoreChart", ScoreChart.render(lead.createdAt(), score.history(), clock.instant()));
        model.addAttribute("stageHistory", stages.history(leadId));
        model.addAttribute("emails", emails.newestFirst(leadId, EMAILS_SHOWN));
        model.addAttribute("instances", work.instances(leadId));
        model.addAttribute("openTasks", work.openTasks(leadId));
        model.addAttribute("timeline", timeline.newestFirst(leadId));
        return "lead";
    }
}
