package io.leadflow.nurture;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Designers and marketers check a sequence before it goes live: what a lead would get, and when. */
@RestController
class SequenceSimulationController {

    private final SequenceSimulator simulator;

    SequenceSimulationController(SequenceSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping("/api/sequences/{key}/simulate")
    SequenceSimulation simulate(@PathVariable String key, @Valid @RequestBody SimulationProfile profile) {
        return simulator.simulate(key, profile);
    }
}
