package io.leadflow.crm;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Inbound from the CRM: an opportunity was won or lost. */
@RestController
class OpportunityOutcomeController {

    private final Opportunities opportunities;

    OpportunityOutcomeController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @PostMapping("/api/crm/opportunities/{id}/outcome")
    ResponseEntity<Void> outcome(@PathVariable String id, @Valid @RequestBody OpportunityOutcome outcome) {
        opportunities.close(id, outcome);
        return ResponseEntity.noContent().build();
    }
}
