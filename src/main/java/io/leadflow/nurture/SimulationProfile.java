package io.leadflow.nurture;

import io.leadflow.lead.Consent;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The lead a designer simulates a sequence for; everything optional, nothing is stored. */
record SimulationProfile(
        @Email @Size(max = 254) String email,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String company,
        @Size(max = 200) String jobTitle,
        Consent consent) {}
