package dev.zohodelink.client;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
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

    @Override
    public ApiVersion version() {
        return version;
    }

    @Override
    public ApiResponse insert(Module module, List<Map<String, Object>> records, AccessToken token) {
        return send("POST", path(module.urlName()), json(Map.of("data", records)), token);
    }

    @Override
    public ApiResponse link(Module parent, String parentId, Module related, List<Map<String, Object>> relatedRecords, AccessToken token) {
        return send("PUT", path(parent.urlName(), parentId, related.urlName()), json(Map.of("data", relatedRecords)), token);
    }

    @Override
    public ApiResponse relatedRecords(Module parent, String parentId, Module related, int page, AccessToken token) {
        return send("GET", path(parent.urlName(), parentId, related.urlName()) + "?fields=id&per_page=200&page=" + page, null, token);
    }

    @Override
    public ApiResponse record(Module module, String id, AccessToken token) {
        return send("GET", path(module.urlName(), id), null, token);
    }

    @Override
    public ApiResponse deleteRecords(Module module, List<String> ids, AccessToken token) {
        return send("DELETE", path(module.urlName()), "ids", IdsEncoding.LITERAL_COMMAS.value(String.join(",", ids)), token);
    }

    @Override
    public ApiResponse search(Module module, String criteria, int page, AccessToken token) {
        return send("GET", path(module.urlName(), "search") + "?criteria=" + URLEncoder.encode(criteria, StandardCharsets.UTF_8)
                + "&per_page=200&page=" + page, null, token);
    }

    @Override
    public ApiResponse fields(Module module, AccessToken token) {
        return send("GET", path("settings", "fields") + "?module=" + URLEncoder.encode(module.urlName(), StandardCharsets.UTF_8), null, token);
    }

    @Override
    public ApiResponse currentUser(AccessToken token) {
        return send("GET", path("users") + "?type=CurrentUser", null, token);
    }

    @Override
    public ApiResponse delink(DelinkRequest request, AccessToken token) {
        String path = path(request.pathSegments().toArray(String[]::new));
        return request.idsParameter()
                .map(ids -> send(request.method(), path, "ids", request.idsEncoding().value(ids), token))
                .orElseGet(() -> send(request.method(), path, null, token));
    }

    private String path(String... segments) {
        return "/crm/" + version.pathSegment() + "/" + java.util.Arrays.stream(segments)
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

    private ApiResponse send(String method, String path, String body, AccessToken token) {
        RequestSpecification request = request(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return answer(method, path, request.request(method, apiDomain.resolve(path).toString()));
    }

    /**
     * A call whose one query parameter goes on the wire exactly as given (URL encoding is off), even where REST
     * Assured would normalise a query written into the URL: a trailing {@code &} survives only this way.
     */
    private ApiResponse send(String method, String path, String parameter, String rawValue, AccessToken token) {
        Response response = request(token).queryParam(parameter, rawValue).request(method, apiDomain.resolve(path).toString());
        return answer(method, path + "?" + parameter + "=" + rawValue, response);
    }

    /**
     * Set directly rather than merged from a prepared specification: REST Assured's merge of a specification copies
     * it whole on every request: most of the client thread's CPU samples in a loop of one GET (JFR).
     */
    private RequestSpecification request(AccessToken token) {
        RequestSpecification request = given().config(config).urlEncodingEnabled(false).filters(filters);
        token.authorizationHeader().ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private static ApiResponse answer(String method, String path, Response response) {
        Map<String, String> headers = new java.util.HashMap<>();
        response.headers().forEach(h -> headers.putIfAbsent(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue()));
        return new ApiResponse(method, path, response.statusCode(), response.asString(), headers);
    }
}
