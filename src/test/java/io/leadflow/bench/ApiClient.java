package io.leadflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The benchmark's HTTP client: the JDK client with kept-alive connections and nothing on top. It runs
 * in the same JVM as the server, so every cycle it spends is taken from Leadflow; RestTemplate's
 * converters and error handling doubled the client's share of a no-op request.
 */
final class ApiClient {

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String root;

    ApiClient(String root) {
        this.root = root;
    }

    /** GET path; the status code. */
    int get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET()).statusCode();
    }

    /** POST a JSON body with the API key; the response, whatever its status. */
    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(root + path))
                .header("X-Api-Key", "test-api-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST that must succeed with content; the body. */
    String postOk(String path, String json) {
        HttpResponse<String> response = post(path, json);
        if (response.statusCode() / 100 != 2 || response.statusCode() == 204) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
