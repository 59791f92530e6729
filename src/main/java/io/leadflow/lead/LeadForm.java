package io.leadflow.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A lead as submitted by a web form, an import or the API. */
public record LeadForm(
        @NotBlank(message = "is required")
                @Size(max = 254, message = "must be at most 254 characters")
                @Email(regexp = EMAIL, message = "is not a valid email address")
                String email,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String company,
        @Size(max = 200) String jobTitle,
        @Min(value = 1, message = "must be at least 1") @Max(value = 10_000_000, message = "is not plausible")
                Integer companySize,
        @Size(max = 100) String industry,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code such as DE or US") String country,
        @Size(max = 50) @Pattern(regexp = "[+0-9 ()./-]*", message = "may contain only digits, spaces and + ( ) . / -")
                String phone,
        @Size(max = 100) String source,
        @Size(max = 100) String campaign,
        Consent consent,
        Bant bant) {

    public LeadForm {
        email = email == null ? null : email.trim();
    }

    /** Practical address syntax: local part, @, a dotted domain with a 2+ letter top level. */
    static final String EMAIL = "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$";

    /** Sources that mean the lead asked for sales contact at capture: the fast lane. */
    static boolean raisesHand(String source) {
        return source != null && (source.equalsIgnoreCase("demo-request") || source.equalsIgnoreCase("contact-sales"));
    }

    String normalisedEmail() {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    String normalisedCountry() {
        return country == null ? null : country.toUpperCase(java.util.Locale.ROOT);
    }
}
