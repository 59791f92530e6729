package io.leadflow.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Admin password (generated when empty) and the optional integration API key. */
@ConfigurationProperties("leadflow.security")
record SecuritySettings(String adminPassword, String apiKey) {

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
