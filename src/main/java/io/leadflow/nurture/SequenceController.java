package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sequences for marketers: list them, preview a step's email, send leads into one. */
@RestController
class SequenceController {

    private final SequenceCatalog catalog;
    private final Enrollments enrollments;
    private final Leads leads;
    private final SequencePreviews previews;

    SequenceController(SequenceCatalog catalog, Enrollments enrollments, Leads leads, SequencePreviews previews) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.leads = leads;
        this.previews = previews;
    }

    record SingleEnrollment(@NotBlank(message = "is required") String sequence) {}

    record EnrollmentOutcome(String leadId, String sequence, Enrollments.Outcome outcome) {}

    @GetMapping("/api/sequences")
    List<Sequence> sequences() {
        return catalog.all();
    }

    @GetMapping("/api/sequences/{key}/steps/{stepId}/preview")
    RenderedEmail preview(
            @PathVariable String key, @PathVariable String stepId, @RequestParam(required = false) String leadId) {
        UnknownSequence.rejectUnlessDeployed(catalog, key);
        // without a lead: a sample lead (one in the sequence, else the newest)
        return previews.preview(key, stepId, leadId == null || leadId.isBlank() ? null : new LeadId(leadId))
                .map(SequencePreviews.StepPreview::email)
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Sequence " + key + " has no step " + stepId));
    }

    @PostMapping("/api/leads/{id}/enrollments")
    ResponseEntity<EnrollmentOutcome> enroll(@PathVariable String id, @Valid @RequestBody SingleEnrollment request) {
        UnknownSequence.rejectUnlessDeployed(catalog, request.sequence());
        LeadId leadId = new LeadId(id);
        leads.require(leadId);
        Enrollments.Outcome outcome = enrollments.enroll(leadId, request.sequence(), "API");
        if (outcome == Enrollments.Outcome.NOT_IN_NURTURE) {
            throw problem(
                    HttpStatus.CONFLICT,
                    "Lead " + id + " is not in nurture right now (stage "
                            + leads.require(leadId).stage() + ")");
        }
        HttpStatus status = outcome == Enrollments.Outcome.ENROLLED ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new EnrollmentOutcome(id, request.sequence(), outcome));
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return new ErrorResponseException(status, problem, null);
    }
}
