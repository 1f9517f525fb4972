package dev.zohodelink.emulator.http;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The thin HTTP adapter over a real loopback socket. */
class EmulatorServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final EmulatorServer server = EmulatorServer.startOnFreeLoopbackPort(emulator);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop_the_server() {
        server.close();
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Zoho-oauthtoken " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void answers_head_with_the_status_and_headers_of_its_answer_and_no_body() throws Exception {
        // WHEN a delink address is asked for its headers only
        HttpResponse<String> response =
                send("HEAD", "/crm/v7/Campaigns/1000000000000000001/Contacts/1000000000000000002", null, null);

        // THEN Zoho's answer to it keeps its status and Content-Type, and nothing follows the headers
        then(response.statusCode()).isEqualTo(401);
        then(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
        then(response.headers().firstValue("Content-Length")).isEmpty();
        then(response.body()).isEmpty();
    }

    @Test
    void binds_to_the_loopback_address_on_a_port_chosen_by_the_system() {
        // WHEN the server was started on a free loopback port
        URI base = server.baseUri();

        // THEN it listens on 127.0.0.1 with a real port
        then(base.getHost()).isEqualTo("127.0.0.1");
        then(server.port()).isBetween(1, 65535).isEqualTo(base.getPort());
        then(base.getScheme()).isEqualTo("http");
    }

    @Test
    void delinks_over_http_with_a_token_issued_through_the_control_plane() throws Exception {
        // GIVEN the control plane is reachable under /__emulator and issues a token
        HttpResponse<String> health = send("GET", "/__emulator/health", null, null);
        then(health.statusCode()).isEqualTo(200);
        then(json(health).get("status").asText()).isEqualTo("up");
        HttpResponse<String> issued =
                send("POST", "/__emulator/tokens", null, "{\"scopes\":[\"ZohoCRM.modules.ALL\"]}");
        then(issued.statusCode()).isEqualTo(201);
        String token = json(issued).get("access_token").asText();
        // AND a campaign is linked to a contact through the Zoho routes
        String campaign = json(send("POST", "/crm/v7/Campaigns", token, "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}"))
                .at("/data/0/details/id")
                .asText();
        String contact = json(send("POST", "/crm/v7/Contacts", token, "{\"data\":[{\"Last_Name\":\"Doe\"}]}"))
                .at("/data/0/details/id")
                .asText();
        then(send(
                                "PUT",
                                "/crm/v7/Campaigns/" + campaign + "/Contacts",
                                token,
                                "{\"data\":[{\"id\":\"" + contact + "\"}]}")
                        .statusCode())
                .isEqualTo(200);

        // WHEN the contact is delinked over the socket
        HttpResponse<String> response =
                send("DELETE", "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=" + contact, token, null);

        // THEN the documented success body arrives with Zoho's content type
        then(response.statusCode()).isEqualTo(200);
        then(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        then(json(response)).isEqualTo(MAPPER.readTree("""
                {"data":[{"code":"SUCCESS","details":{"id":"%s"},"message":"relation removed","status":"success"}]}
                """.formatted(contact)));
        // AND the related list is now empty: 204 with no body
        HttpResponse<String> related =
                send("GET", "/crm/v7/Campaigns/" + campaign + "/Contacts?fields=id", token, null);
        then(related.statusCode()).isEqualTo(204);
        then(related.body()).isEmpty();
    }

    @Test
    void answers_zoho_errors_over_http_with_the_catalogue_status() throws Exception {
        // WHEN a delink arrives without a token
        HttpResponse<String> response = send("DELETE", "/crm/v7/Campaigns/1/Leads/2", null, null);

        // THEN AUTHENTICATION_FAILURE arrives as sent by the core
        then(response.statusCode()).isEqualTo(ZohoError.AUTHENTICATION_FAILURE.httpStatus());
        then(keys(json(response))).containsExactly("code", "details", "message", "status");
        then(json(response).get("code").asText()).isEqualTo(ZohoError.AUTHENTICATION_FAILURE.code());
    }

    @Test
    void refuses_a_body_over_4_mib_with_zoho_malformed_body_error() throws Exception {
        // GIVEN a token
        String token = json(send("POST", "/__emulator/tokens", null, "{}"))
                .get("access_token")
                .asText();

        // WHEN a PUT body of 5 MiB is sent, three times in a row
        String huge = "{\"data\":[{\"id\":\"" + "1".repeat(5 * 1024 * 1024) + "\"}]}";
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> response = send("PUT", "/crm/v7/Campaigns/1234567890/Leads", token, huge);

            // THEN each time INVALID_DATA "body" 400 comes back instead of the body being processed
            then(response.statusCode()).isEqualTo(400);
            JsonNode body = json(response);
            then(keys(body)).containsExactly("code", "details", "message", "status");
            then(body.get("code").asText()).isEqualTo(ZohoError.INVALID_DATA_BODY.code());
            then(body.get("message").asText()).isEqualTo(ZohoError.INVALID_DATA_BODY.message());
            then(body.get("details")).isEqualTo(MAPPER.readTree("{\"expected_data_type\":\"jsonobject\"}"));
        }
        // AND the server still serves ordinary calls
        then(send("GET", "/__emulator/health", null, null).statusCode()).isEqualTo(200);
        then(EmulatorControl.inProcess(emulator).state().unexpectedFailures()).isZero();
    }

    @Test
    void frees_its_port_on_close() throws Exception {
        // GIVEN the port the server listens on
        int port = server.port();

        // WHEN the server is closed
        server.close();

        // THEN the port can be bound again
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            then(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
