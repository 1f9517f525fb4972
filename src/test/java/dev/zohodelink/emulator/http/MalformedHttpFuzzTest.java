package dev.zohodelink.emulator.http;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests over a real socket, written byte by byte so nothing is cleaned up by an HTTP client: odd methods,
 * paths with traversal, unicode, broken percent-encoding, huge and odd ids, bodies and headers. With a fixed seed,
 * every request gets an answer (no hang), no answer is a 5xx, and every body the emulator writes is Zoho's envelope.
 * Request lines the JDK's HTTP server itself cannot parse are answered by the JDK before the emulator sees them;
 * they are counted apart.
 */
class MalformedHttpFuzzTest {

    private static final long SEED = 77_001L;
    private static final int REQUESTS = 1500;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "delete");
    private static final List<String> SEGMENTS = List.of(
            "crm",
            "v7",
            "v2.1",
            "v8",
            "v99",
            "Campaigns",
            "Contacts",
            "Leads",
            "Products",
            "Price_Books",
            "Appointments__s",
            "Documents",
            "..",
            ".",
            "%2e%2e",
            "%2F",
            "%",
            "%zz",
            "%C3%A9",
            "%F0%9F%98%80",
            "ids",
            "search",
            "__emulator",
            "oauth",
            "123",
            "-1",
            "99999999999999999999999",
            "0x1F",
            "Ω",
            "a b",
            "settings",
            "related_lists");
    private static final List<String> QUERIES = List.of(
            "",
            "ids=",
            "ids=,,,",
            "ids=1,2,3&",
            "ids=%2C%2C",
            "ids=abc",
            "ids=%",
            "fields=id",
            "ids=" + "9".repeat(400),
            "ids=1&ids=2",
            "&&&",
            "=",
            "criteria=(",
            "page=-1&per_page=0",
            "ids=%00");

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final EmulatorServer server = EmulatorServer.startOnFreeLoopbackPort(emulator);
    private final String token =
            emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
    private final Random random = new Random(SEED);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fifteen_hundred_malformed_requests_over_a_socket_get_zoho_shaped_answers_and_never_a_5xx_or_a_hang()
            throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int answeredByTheJdk = 0;
        for (int n = 0; n < REQUESTS; n++) {
            String request = request();
            Answer answer = send(request);
            statuses.merge(answer.status, 1, Integer::sum);
            if (answer.status >= 500) {
                problems.add("#" + n + " " + firstLine(request) + " -> " + answer.status + " " + answer.body);
            } else if (!answer.body.isEmpty() && !answer.fromTheJdk()) {
                String shape = shapeProblem(answer.body);
                if (shape != null) {
                    problems.add("#" + n + " " + firstLine(request) + " -> " + answer.status + " " + shape + ": "
                            + answer.body);
                }
            }
            if (answer.fromTheJdk()) {
                answeredByTheJdk++;
            }
        }

        then(problems).isEmpty();
        then(EmulatorControl.inProcess(emulator).state().unexpectedFailures()).isZero();
        then(statuses)
                .as("answers reached past the URL checks into the handlers")
                .containsKeys(204, 400, 401, 404);
        then(answeredByTheJdk)
                .as("requests the JDK server rejected before the emulator")
                .isLessThan(REQUESTS / 2);
    }

    private record Answer(int status, String contentType, String body) {
        boolean fromTheJdk() {
            return !contentType.startsWith("application/json") && !body.isEmpty();
        }
    }

    private String request() {
        String method = pick(METHODS);
        StringBuilder path = new StringBuilder(
                random.nextInt(5) == 0
                        ? ""
                        : "/crm/" + pick(List.of("v7", "v2.1", "v8")) + "/"
                                + pick(List.of("Campaigns", "Products", "Leads")));
        int segments = random.nextInt(5);
        for (int i = 0; i < segments; i++) {
            path.append('/')
                    .append(
                            random.nextInt(4) == 0
                                    ? Long.toString(Math.abs(random.nextLong()))
                                    : pick(SEGMENTS).replace(" ", "%20"));
        }
        String query = pick(QUERIES);
        String body = switch (random.nextInt(5)) {
            case 0 -> "{\"data\":[{\"id\":\"" + random.nextInt() + "\"}]}";
            case 1 -> "[not json";
            case 2 -> "{\"data\":" + "[".repeat(50) + "]}";
            case 3 -> "\u00e9\u4e2d\u0000";
            default -> "";
        };
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method)
                .append(' ')
                .append(path)
                .append(query.isEmpty() ? "" : "?" + query)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("Connection: close\r\n");
        switch (random.nextInt(4)) {
            case 0 ->
                request.append("Authorization: Zoho-oauthtoken ").append(token).append("\r\n");
            case 1 ->
                request.append("Authorization: Zoho-oauthtoken ")
                        .append(token)
                        .append("\r\nContent-Type: text/plain\r\n");
            case 2 ->
                request.append("Authorization: Bearer ")
                        .append("x".repeat(random.nextInt(3000)))
                        .append("\r\n");
            default -> {}
        }
        if (bodyBytes.length > 0) {
            request.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
        }
        return request.append("\r\n").append(body).toString();
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String raw = all.toString(StandardCharsets.UTF_8);
            int headerEnd = raw.indexOf("\r\n\r\n");
            String head = headerEnd < 0 ? raw : raw.substring(0, headerEnd);
            String body = headerEnd < 0 ? "" : raw.substring(headerEnd + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            String contentType = head.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip())
                    .findFirst()
                    .orElse("");
            return new Answer(status, contentType, body);
        }
    }

    private static String shapeProblem(String body) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException notJson) {
            return "not JSON";
        }
        if (json.has("data")) {
            return null;
        }
        for (String key : List.of("code", "details", "message", "status")) {
            if (!json.has(key)) {
                return json.has("error")
                                || json.has("users")
                                || json.has("org")
                                || json.has("fields")
                                || json.has("related_lists")
                        ? null
                        : "no " + key;
            }
        }
        return null;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String firstLine(String request) {
        return request.substring(0, request.indexOf('\r'));
    }
}
