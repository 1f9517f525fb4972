package dev.zohodelink.client;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.contract.ApiVersion;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link ZohoCrmApi} over REST Assured. Each instance owns its configuration: no static REST Assured
 * configuration, so instances on parallel threads never share state. The Authorization header is blacklisted
 * in the log configuration, which REST Assured's logging and Allure's attachments both honour.
 */
public final class RestAssuredZohoCrmApi implements ZohoCrmApi {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI apiDomain;
    private final ApiVersion version;
    private final RestAssuredConfig config;
    private final List<Filter> filters;

    public RestAssuredZohoCrmApi(URI apiDomain, ApiVersion version, List<Filter> filters) {
        this.apiDomain = apiDomain;
        this.version = version;
        this.config = RestAssuredConfig.config()
                .logConfig(LogConfig.logConfig().blacklistHeaders(Set.of("Authorization")))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", TIMEOUT_MILLIS)
                        .setParam("http.socket.timeout", TIMEOUT_MILLIS));
        this.filters = List.copyOf(filters);
    }

    /**
     * Every query parameter goes on the wire exactly as given (URL encoding is off), even where REST Assured would
     * normalise a query written into the URL: a trailing {@code &} survives only this way.
     */
    @Override
    public ApiResponse exchange(ApiRequest call) {
        String path = path(call.pathSegments().toArray(String[]::new));
        RequestSpecification request = request(call.token());
        call.data().ifPresent(records -> request.contentType("application/json").body(json(Map.of("data", records))));
        call.query().forEach(parameter -> request.queryParam(parameter.name(), parameter.wireValue()));
        String query = call.query().stream()
                .map(parameter -> parameter.name() + "=" + parameter.wireValue())
                .collect(Collectors.joining("&"));
        Response response =
                request.request(call.method(), apiDomain.resolve(path).toString());
        return answer(call.method(), query.isEmpty() ? path : path + "?" + query, response);
    }

    private String path(String... segments) {
        return "/crm/" + version.pathSegment() + "/"
                + java.util.Arrays.stream(segments)
                        .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                        .collect(Collectors.joining("/"));
    }

    private static String json(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Set directly rather than merged from a prepared specification: REST Assured's merge of a specification copies
     * it whole on every request: most of the client thread's CPU samples in a loop of one GET (JFR).
     */
    private RequestSpecification request(AccessToken token) {
        RequestSpecification request =
                given().config(config).urlEncodingEnabled(false).filters(filters);
        token.authorizationHeader().ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private static ApiResponse answer(String method, String path, Response response) {
        Map<String, String> headers = new java.util.HashMap<>();
        response.headers()
                .forEach(h -> headers.putIfAbsent(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue()));
        return new ApiResponse(method, path, response.statusCode(), response.asString(), headers);
    }
}
