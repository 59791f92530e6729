package io.leadflow.nurture;

import java.util.List;

/**
 * What a lead would receive from a sequence (latest version) if it never engaged early; with no
 * marketing consent {@code wouldSend} is false, as the real step would skip every email.
 */
public record SequenceSimulation(String sequence, int version, boolean wouldSend, List<SimulatedEmail> emails) {}
