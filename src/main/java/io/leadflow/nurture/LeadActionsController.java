package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A marketer's actions on one lead: pause or resume its nurture, record that consent was withdrawn. */
@RestController
@RequestMapping("/api/leads/{id}")
class LeadActionsController {

    private final NurturePauses pauses;
    private final Unsubscriptions unsubscriptions;
    private final Leads leads;

    LeadActionsController(NurturePauses pauses, Unsubscriptions unsubscriptions, Leads leads) {
        this.pauses = pauses;
        this.unsubscriptions = unsubscriptions;
        this.leads = leads;
    }

    @GetMapping("/nurture")
    NurtureStatus nurture(@PathVariable String id) {
        return pauses.status(new LeadId(id));
    }

    @PostMapping("/nurture/pause")
    NurtureStatus pause(@PathVariable String id) {
        return pauses.pause(new LeadId(id), "marketer").orElseThrow(() -> notInSequence(id));
    }

    @PostMapping("/nurture/resume")
    NurtureStatus resume(@PathVariable String id) {
        return pauses.resume(new LeadId(id), "marketer").orElseThrow(() -> notInSequence(id));
    }

    /** Consent withdrawn by phone, letter or at a fair: no more marketing email, queued ones stop. */
    @PostMapping("/consent/withdraw")
    ResponseEntity<Void> withdrawConsent(@PathVariable String id) {
        LeadId leadId = new LeadId(id);
        leads.require(leadId);
        unsubscriptions.unsubscribe(leadId, "recorded by a marketer");
        return ResponseEntity.noContent().build();
    }

    private static ErrorResponseException notInSequence(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Lead " + id + " runs no nurture sequence right now");
        problem.setTitle("Not in a sequence");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
