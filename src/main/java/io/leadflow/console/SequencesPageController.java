package io.leadflow.console;

import io.leadflow.lead.LeadId;
import io.leadflow.nurture.SequenceCatalog;
import io.leadflow.nurture.SequencePreviews;
import io.leadflow.platform.UiController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** GET /sequences: every sequence with its steps, leads at each step now, emails per step; step previews. */
@UiController
class SequencesPageController {

    private final SequenceCatalog catalog;
    private final SequencePreviews previews;

    SequencesPageController(SequenceCatalog catalog, SequencePreviews previews) {
        this.catalog = catalog;
        this.previews = previews;
    }

    @GetMapping("/sequences")
    String sequences(Model model) {
        model.addAttribute("sequences", catalog.all());
        return "sequences";
    }

    /** A step's email as the sample lead (or the given lead) would receive it. */
    @GetMapping("/sequences/{key}/steps/{stepId}")
    String preview(
            @PathVariable String key,
            @PathVariable String stepId,
            @RequestParam(required = false) String leadId,
            Model model) {
        SequencePreviews.StepPreview preview = previews.preview(
                        key, stepId, leadId == null || leadId.isBlank() ? null : new LeadId(leadId))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Sequence " + key + " has no step " + stepId + "."));
        model.addAttribute("preview", preview);
        return "sequence-step";
    }
}
