package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;

import com.sun.net.httpserver.HttpServer;
import dev.zohodelink.contract.ApiVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ids query reaches the server byte for byte as each official SDK writes it: no client normalises it away. */
class RestAssuredZohoCrmApiRawQueryTest {

    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void startALoopbackServerThatRemembersTheRawQuery() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.set(exchange.getRequestURI().getRawQuery());
            byte[] body = "{\"data\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LITERAL_COMMAS     | 1, 2  | ids=1,%202",
                "ENCODED_COMMAS     | 1, 2  | ids=1%2C+2",
                "TRAILING_SEPARATOR | 1,2   | ids=1,2&"
            })
    void sends_the_ids_in_the_shape_an_sdk_sends_them(IdsEncoding encoding, String rawIds, String expectedQuery) {
        // GIVEN
        RestAssuredZohoCrmApi api = new RestAssuredZohoCrmApi(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), ApiVersion.V7, List.of());
        DelinkRequest request = DelinkRequest.bulk("Campaigns", "3652397000000327001", "Contacts", List.of("1", "2"))
                .withIdsParameter(rawIds, 2)
                .encodedAs(encoding);

        // WHEN
        api.delink(request, AccessToken.none());

        // THEN
        then(received.get()).isEqualTo(expectedQuery);
    }
}
