package dev.zohodelink.targets;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.emulator.control.ControlPlane;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The emulator's control plane over HTTP, with URLs from {@link ControlPlane}'s own route constants. It has no
 * report filter on purpose: its answers carry access tokens, which must never reach a report.
 */
public final class ControlPlaneClient {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final URI base;
    private final RequestSpecification specification;

    public ControlPlaneClient(URI base) {
        this.base = base;
        this.specification = new RequestSpecBuilder().setContentType("application/json").build();
    }

    public JsonNode post(String route, Map<String, Object> body) {
        try {
            Response response = given().spec(specification).body(MAPPER.writeValueAsString(body)).post(base.resolve(route));
            JsonNode answer = MAPPER.readTree(response.asByteArray());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("control plane refused " + route + ": HTTP " + response.statusCode() + " " + answer.path("message").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("control plane answered " + route + " with something that is not JSON", e);
        }
    }

    public String issueToken(Map<String, Object> request) {
        return post(ControlPlane.TOKENS, request).path("access_token").asText();
    }

    public String addUser(Map<String, Object> request) {
        return post(ControlPlane.USERS, request).path("id").asText();
    }
}
