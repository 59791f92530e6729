package io.leadflow.scoring;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** After a designer deploys new scoring rules: see who would change, then apply. */
@RestController
class RescoreController {

    private final Rescoring rescoring;

    RescoreController(Rescoring rescoring) {
        this.rescoring = rescoring;
    }

    @PostMapping("/api/scoring/rescore")
    ResponseEntity<RescoreJob> start(@RequestParam(defaultValue = "false") boolean dryRun) {
        String id = rescoring.start(dryRun);
        return ResponseEntity.accepted()
                .location(URI.create("/api/scoring/rescore/" + id))
                .body(job(id));
    }

    @GetMapping("/api/scoring/rescore/{id}")
    RescoreJob job(@PathVariable String id) {
        return rescoring
                .job(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No rescore job " + id));
    }
}
