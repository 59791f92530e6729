package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk enrollment: preview (what will happen), enroll (small selections answer the result, large
 * ones 202 with a job to poll), job progress.
 */
@RestController
@RequestMapping("/api/enrollments")
class EnrollmentController {

    private final BulkEnrollments bulk;
    private final SequenceCatalog catalog;

    EnrollmentController(BulkEnrollments bulk, SequenceCatalog catalog) {
        this.bulk = bulk;
        this.catalog = catalog;
    }

    @PostMapping("/preview")
    EnrollmentPreview preview(@Valid @RequestBody EnrollmentRequest request) {
        UnknownSequence.rejectUnlessDeployed(catalog, request.sequence());
        return bulk.preview(request);
    }

    @PostMapping
    ResponseEntity<?> enroll(@Valid @RequestBody EnrollmentRequest request) {
        UnknownSequence.rejectUnlessDeployed(catalog, request.sequence());
        List<LeadId> selection = bulk.select(request);
        if (selection.size() <= BulkEnrollments.AT_ONCE) {
            return ResponseEntity.ok(bulk.enrollNow(request.sequence(), selection, "bulk enrollment"));
        }
        EnrollmentJob job = bulk.startJob(request.sequence(), selection, "bulk enrollment");
        return ResponseEntity.accepted()
                .location(URI.create("/api/enrollments/" + job.id()))
                .body(job);
    }

    @GetMapping("/{id}")
    EnrollmentJob job(@PathVariable String id) {
        return bulk.job(id).orElseThrow(() -> {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No enrollment job with id " + id);
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }
}
