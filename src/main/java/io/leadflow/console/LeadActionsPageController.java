package io.leadflow.console;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.nurture.Enrollments;
import io.leadflow.nurture.NurturePauses;
import io.leadflow.nurture.SequenceCatalog;
import io.leadflow.nurture.Unsubscriptions;
import io.leadflow.platform.Flash;
import io.leadflow.platform.UiController;
import io.leadflow.platform.UiSession;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons on a lead's page: enroll, pause/resume nurture, consent withdrawn; each lands on the timeline. */
@UiController
class LeadActionsPageController {

    private final Leads leads;
    private final Enrollments enrollments;
    private final NurturePauses pauses;
    private final Unsubscriptions unsubscriptions;
    private final SequenceCatalog catalog;

    LeadActionsPageController(
            Leads leads,
            Enrollments enrollments,
            NurturePauses pauses,
            Unsubscriptions unsubscriptions,
            SequenceCatalog catalog) {
        this.leads = leads;
        this.enrollments = enrollments;
        this.pauses = pauses;
        this.unsubscriptions = unsubscriptions;
        this.catalog = catalog;
    }

    @PostMapping("/leads/{id}/enroll")
    String enroll(@PathVariable String id, @RequestParam String sequence, UiSession ui, RedirectAttributes redirect) {
        LeadId lead = require(id);
        if (!catalog.exists(sequence)) {
            return back(id, redirect, Flash.error("Unknown sequence " + sequence + "."));
        }
        Enrollments.Outcome outcome = enrollments.enroll(lead, sequence, ui.userId());
        return back(
                id,
                redirect,
                switch (outcome) {
                    case ENROLLED -> Flash.success("Enrolled into " + sequence + ".");
                    case ALREADY_ENROLLED -> Flash.info("Already in " + sequence + ".");
                    default -> Flash.error("Not in nurture right now: the lead is with sales or done.");
                });
    }

    @PostMapping("/leads/{id}/nurture/pause")
    String pause(@PathVariable String id, UiSession ui, RedirectAttributes redirect) {
        return back(
                id,
                redirect,
                pauses.pause(require(id), ui.userId())
                        .map(status -> Flash.success("Nurture paused in " + status.sequence() + "."))
                        .orElse(Flash.error("The lead runs no sequence right now.")));
    }

    @PostMapping("/leads/{id}/nurture/resume")
    String resume(@PathVariable String id, UiSession ui, RedirectAttributes redirect) {
        return back(
                id,
                redirect,
                pauses.resume(require(id), ui.userId())
                        .map(status -> Flash.success("Nurture resumed in " + status.sequence() + "."))
                        .orElse(Flash.error("The lead runs no sequence right now.")));
    }

    @PostMapping("/leads/{id}/consent/withdraw")
    String withdrawConsent(@PathVariable String id, UiSession ui, RedirectAttributes redirect) {
        unsubscriptions.unsubscribe(require(id), "recorded by " + ui.userId());
        return back(id, redirect, Flash.success("Consent withdrawn: no more marketing email."));
    }

    private LeadId require(String id) {
        LeadId lead = new LeadId(id);
        if (leads.find(lead).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No lead with id " + id + ".");
        }
        return lead;
    }

    private static String back(String id, RedirectAttributes redirect, Object flash) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
        return "redirect:/leads/" + id;
    }
}
