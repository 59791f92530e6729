package io.leadflow.crm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which CRM adapter runs (local tables or a webhook) and how the webhook is reached and signed. */
@ConfigurationProperties("leadflow.crm")
record CrmSettings(@DefaultValue("local") String adapter, @DefaultValue Webhook webhook) {

    record Webhook(
            String url,
            String secret,
            @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("PT15S") Duration readTimeout) {}

    boolean webhookMode() {
        return "webhook".equals(adapter);
    }
}
