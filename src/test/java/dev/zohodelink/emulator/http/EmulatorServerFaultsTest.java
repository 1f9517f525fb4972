package dev.zohodelink.emulator.http;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Injected faults as a client sees them over a real socket. */
class EmulatorServerFaultsTest {

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final EmulatorServer server = EmulatorServer.startOnFreeLoopbackPort(emulator);
    private final String token =
            emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop_the_server() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (path.startsWith("/crm/")) {
            request.header("Authorization", "Zoho-oauthtoken " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends one raw HTTP/1.1 request on a fresh connection and returns every byte received until the server closes it. */
    private byte[] rawExchange(String method, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.baseUri().getHost(), server.port()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: "
                            + server.baseUri().getAuthority() + "\r\nAuthorization: Zoho-oauthtoken " + token
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toByteArray();
        }
    }

    @Test
    void closes_the_connection_without_a_single_byte_when_a_drop_is_injected_and_answers_the_next_call()
            throws Exception {
        // GIVEN a dropped connection injected through the control plane on the read-related route
        then(send("POST", "/__emulator/faults", "{\"route\":\"read-related\",\"kind\":\"drop_connection\",\"times\":1}")
                        .statusCode())
                .isEqualTo(201);

        // WHEN the same read is sent twice on fresh connections
        byte[] dropped = rawExchange("GET", "/crm/v7/Campaigns/1234567890/Contacts?fields=id");
        byte[] answered = rawExchange("GET", "/crm/v7/Campaigns/1234567890/Contacts?fields=id");

        // THEN the first connection ends with no answer at all, and the second gets Zoho's error for an unknown parent
        then(dropped).isEmpty();
        then(new String(answered, StandardCharsets.UTF_8))
                .startsWith("HTTP/1.1 400")
                .contains("\"code\":\"INVALID_DATA\"");
    }

    @Test
    void sends_429_with_the_retry_after_header_over_http() throws Exception {
        // GIVEN one 429 with Retry-After: 7 on any route
        then(send("POST", "/__emulator/faults", "{\"kind\":\"too_many_requests\",\"retry_after_seconds\":7}")
                        .statusCode())
                .isEqualTo(201);

        // WHEN a record is inserted twice
        HttpResponse<String> limited = send("POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}");
        HttpResponse<String> accepted =
                send("POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}");

        // THEN the first is a 429 with the header and a Zoho envelope, the second is created
        then(limited.statusCode()).isEqualTo(429);
        then(limited.headers().firstValue("Retry-After")).hasValue("7");
        then(limited.body()).startsWith("{\"code\":\"TOO_MANY_REQUESTS\",\"details\":{},\"message\":");
        then(accepted.statusCode()).isEqualTo(201);
    }
}
