package dev.zohodelink.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.emulator.control.ControlPlane;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The emulator's control plane over HTTP, with URLs from {@link ControlPlane}'s own route constants. Kept off
 * REST Assured and Allure on purpose: its answers carry access tokens, which must never reach a report.
 */
public final class ControlPlaneClient {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ControlPlaneClient(URI base) {
        this.base = base;
    }

    public JsonNode post(String route, Map<String, Object> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(route))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = MAPPER.readTree(response.body());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("control plane refused " + route + ": HTTP " + response.statusCode() + " " + answer.path("message").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("control plane unreachable at " + route + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling the control plane", e);
        }
    }

    public String issueToken(Map<String, Object> request) {
        return post(ControlPlane.TOKENS, request).path("access_token").asText();
    }

    public String addUser(Map<String, Object> request) {
        return post(ControlPlane.USERS, request).path("id").asText();
    }
}
