package io.leadflow.lead;

/** What the lead agreed to receive. */
public record Consent(Boolean marketingEmail) {

    public boolean allowsMarketingEmail() {
        return Boolean.TRUE.equals(marketingEmail);
    }
}
