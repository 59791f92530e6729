package io.leadflow.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.Lead;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Generic CRM adapter: POSTs contact + opportunity as JSON with an Idempotency-Key and an HMAC
 * signature. A 5xx or time-out fails the job (retried); a 4xx is a rejection and an incident.
 */
@Component
@ConditionalOnProperty(name = "leadflow.crm.adapter", havingValue = "webhook")
class WebhookCrmGateway implements CrmGateway {

    private final CrmSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;

    WebhookCrmGateway(CrmSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.webhook().connectTimeout())
                .build();
    }

    @Override
    public CrmHandover handOver(Lead lead, String handoverKey) {
        byte[] body = body(lead, handoverKey);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.webhook().url()))
                .timeout(settings.webhook().readTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", handoverKey)
                .header(Signatures.HEADER, Signatures.sign(settings.webhook().secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 400 && response.statusCode() < 500) {
            throw new CrmRejectedException("CRM rejected hand-over " + handoverKey + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("CRM unavailable: HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("CRM unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the CRM", e);
        }
    }

    private byte[] body(Lead lead, String handoverKey) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", lead.email());
        contact.put("firstName", lead.firstName());
        contact.put("lastName", lead.lastName());
        contact.put("company", lead.company());
        contact.put("jobTitle", lead.jobTitle());
        contact.put("phone", lead.phone());
        contact.put("country", lead.country());
        Map<String, Object> opportunity = new LinkedHashMap<>();
        opportunity.put("name", (lead.company() == null ? lead.displayName() : lead.company()) + " – new business");
        opportunity.put("leadId", lead.id().value());
        opportunity.put("fitGrade", lead.score().fitGrade());
        opportunity.put("source", lead.source());
        opportunity.put("campaign", lead.campaign());
        try {
            return json.writeValueAsBytes(
                    Map.of("handoverKey", handoverKey, "contact", contact, "opportunity", opportunity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CrmHandover parse(String body) {
        try {
            JsonNode reply = json.readTree(body);
            return new CrmHandover(
                    reply.path("contactId").asText(null),
                    reply.path("opportunityId").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CRM answered without JSON: " + body, e);
        }
    }
}
