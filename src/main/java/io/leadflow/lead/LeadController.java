package io.leadflow.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The leads API. Spring MVC validates constrained parameters itself and answers field by field; a
 * class-level @Validated proxy would throw a different exception and validate every body twice.
 */
@RestController
@RequestMapping("/api/leads")
class LeadController {

    private final LeadCapture capture;
    private final Leads leads;
    private final LeadTimeline timeline;
    private final LeadErasure erasure;

    LeadController(LeadCapture capture, Leads leads, LeadTimeline timeline, LeadErasure erasure) {
        this.capture = capture;
        this.leads = leads;
        this.timeline = timeline;
        this.erasure = erasure;
    }

    @PostMapping
    ResponseEntity<Lead> capture(@Valid @RequestBody LeadForm form) {
        SubmittedLead submitted = capture.capture(form);
        if (!submitted.created()) {
            return ResponseEntity.ok(submitted.lead());
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(submitted.id().value())
                .toUri();
        return ResponseEntity.created(location).body(submitted.lead());
    }

    @PostMapping("/batch")
    LeadBatchResult captureBatch(@Valid @RequestBody LeadBatch batch) {
        return LeadBatchResult.of(batch.leads(), capture.captureBatch(batch.leads()));
    }

    @GetMapping("/{id}")
    Lead get(@PathVariable String id) {
        return leads.require(new LeadId(id));
    }

    @GetMapping
    LeadPage search(
            @RequestParam(required = false) LifecycleStage stage,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) BuyingStage buyingStage,
            @RequestParam(required = false) @Pattern(regexp = "[A-Da-d]", message = "must be A, B, C or D")
                    String grade,
            @RequestParam(required = false) Integer minScore,
            @RequestParam(required = false) Integer maxScore,
            @RequestParam(required = false) @Size(max = 100) String campaign,
            @RequestParam(required = false) @Size(max = 100) String source,
            @RequestParam(required = false) @Size(max = 36) String importId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return leads.search(
                new LeadFilter(stage, buyingStage, grade, minScore, maxScore, campaign, source, q, importId),
                page,
                size);
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        LeadId leadId = new LeadId(id);
        leads.require(leadId);
        return timeline.newestFirst(leadId);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable String id) {
        erasure.erase(new LeadId(id));
        return ResponseEntity.noContent().build();
    }
}
