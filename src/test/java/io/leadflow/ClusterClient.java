package io.leadflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Talks to a cluster over HTTP like a load balancer: round-robin over live nodes, and a request that
 * fails to connect goes to the next node (safe: capture merges by email, events carry event ids).
 */
public final class ClusterClient {

    private final List<LeadflowNode> nodes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public ClusterClient(List<LeadflowNode> nodes) {
        this.nodes = new CopyOnWriteArrayList<>(nodes);
    }

    /** The load balancer notices a dead node. */
    public void remove(LeadflowNode node) {
        nodes.remove(node);
    }

    /** Captures a grade-A lead (nurtured, not fast-laned) and returns its id. */
    public String capture(int i, String email) {
        String body =
                """
                {"email": "%s", "firstName": "Lead", "lastName": "%d", "company": "Cluster GmbH",
                 "jobTitle": "Head of Marketing", "companySize": 250, "industry": "Software", "country": "DE",
                 "source": "webinar", "consent": {"marketingEmail": true},
                 "bant": {"budget": true, "authority": true, "need": true, "timeline": true}}"""
                        .formatted(email, i);
        return send(i, "POST", "/api/leads", body, false).get("id").asText();
    }

    /** Posts the five events that make a grade-A lead an MQL, for every lead, 100 events a request. */
    public void qualify(List<String> leadIds) {
        List<String> events = leadIds.stream()
                .flatMap(id -> List.of(
                                "WEBINAR_ATTENDED",
                                "EMAIL_REPLIED",
                                "FORM_SUBMITTED",
                                "EMAIL_CLICKED",
                                "CONTENT_DOWNLOADED")
                        .stream()
                        .map(type -> "{\"leadId\":\"%s\",\"type\":\"%s\",\"eventId\":\"%s\"%s}"
                                .formatted(
                                        id,
                                        type,
                                        type,
                                        type.startsWith("CONTENT") ? ",\"content\":\"whitepaper\"" : "")))
                .toList();
        IntStream.range(0, (events.size() + 99) / 100)
                .forEach(batch -> send(
                        batch,
                        "POST",
                        "/api/events",
                        events.subList(batch * 100, Math.min(events.size(), batch * 100 + 100)).stream()
                                .collect(Collectors.joining(",", "[", "]")),
                        false));
    }

    /** Accepts every open sales-acceptance task (as admin through the Camunda REST API); returns how many. */
    public int acceptOpenTasks() {
        JsonNode tasks =
                send(0, "GET", "/engine-rest/task?taskDefinitionKey=UserTask_AcceptLead&maxResults=1000", null, true);
        int i = 0;
        for (JsonNode task : tasks) {
            send(
                    i++,
                    "POST",
                    "/engine-rest/task/" + task.get("id").asText() + "/complete",
                    "{\"variables\":{\"accepted\":{\"value\":\"yes\"},\"note\":{\"value\":\"cluster test\"}}}",
                    true);
        }
        return i;
    }

    /** GET with the API key, on the next node; the parsed body. */
    public JsonNode get(String path) {
        return send(0, "GET", path, null, false);
    }

    private JsonNode send(int attempt, String method, String path, String body, boolean asAdmin) {
        IOException last = null;
        for (int tried = 0; tried < nodes.size() + 1; tried++) {
            LeadflowNode node = nodes.get(Math.floorMod(attempt + tried, nodes.size()));
            try {
                return exchange(node.uri(path), method, body, asAdmin);
            } catch (IOException deadNode) {
                last = deadNode;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no node answered " + method + " " + path, last);
    }

    private JsonNode exchange(URI uri, String method, String body, boolean asAdmin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (asAdmin) {
            String basic = Base64.getEncoder()
                    .encodeToString(("admin:" + LeadflowNode.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        } else {
            request.header("X-Api-Key", LeadflowNode.API_KEY);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + uri + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
