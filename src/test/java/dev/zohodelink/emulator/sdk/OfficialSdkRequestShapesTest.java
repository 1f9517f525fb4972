package dev.zohodelink.emulator.sdk;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.control.ControlPlane;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replays, over a real socket, the requests Zoho's official SDKs send (docs/evidence.md §8.2): the Node SDK
 * {@code @zohocrm/nodejs-sdk-7.0} 4.0.0 as observed on the wire, the Java SDK {@code zohocrm-java-sdk-7-0} 6.0.0 as
 * its code reads. The requests are recorded as the emulator received them, so the shapes are checked to have arrived.
 */
class OfficialSdkRequestShapesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Node SDK 4.0.0 on Node 20 (observed). */
    private static final Map<String, String> NODE_HEADERS = Map.of(
            "x-zoho-sdk", "linux/6.8.0-1017-azure/nodejs-7.0/v20.20.2:4.0.0",
            "user-agent", "got (https://github.com/sindresorhus/got)",
            "accept-encoding", "gzip, deflate, br");
    /** Java SDK 6.0.0 (from its CommonAPIHandler; the User-Agent is Apache HttpClient's default). */
    private static final Map<String, String> JAVA_HEADERS = Map.of(
            "X-ZOHO-SDK", "Linux/6.8.0/java-7.0/17.0.12:6.0.0",
            "User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.12)",
            "Accept-Encoding", "gzip,deflate");

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final List<EmulatorRequest> received = new CopyOnWriteArrayList<>();
    private final EmulatorServer server = EmulatorServer.start(
            request -> {
                received.add(request);
                return emulator.apply(request);
            },
            new ControlPlane(emulator),
            "127.0.0.1",
            0);
    private final String token =
            emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String campaign = emulator.insertRecord(Module.CAMPAIGNS, Map.of("Campaign_Name", "Spring"));
    private final String first =
            emulator.insertRecord(Module.CONTACTS, Map.of("Last_Name", "Doe", "Email", "doe@example.com"));
    private final String second = emulator.insertRecord(Module.CONTACTS, Map.of("Last_Name", "Roe"));

    OfficialSdkRequestShapesTest() {
        emulator.link(campaign, first, Map.of());
        emulator.link(campaign, second, Map.of());
    }

    @AfterEach
    void stop_the_server() {
        server.close();
    }

    private HttpResponse<String> send(
            String method, String pathAndQuery, Map<String, String> headers, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendAsSdk(
            String method, String pathAndQuery, Map<String, String> sdkHeaders, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        Map<String, String> headers = new java.util.LinkedHashMap<>(sdkHeaders);
        headers.put("authorization", "Zoho-oauthtoken " + token);
        return send(method, pathAndQuery, headers, body);
    }

    private EmulatorRequest lastReceived() {
        return received.get(received.size() - 1);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    private static void thenRemoved(HttpResponse<String> response, String... ids) throws IOException {
        then(response.statusCode()).as(response.body()).isEqualTo(200);
        then(response.headers().firstValue("content-type")).hasValue("application/json;charset=UTF-8");
        then(response.headers().firstValue("content-encoding")).isEmpty();
        JsonNode data = json(response).get("data");
        then(data).hasSize(ids.length);
        for (int i = 0; i < ids.length; i++) {
            then(data.get(i)).isEqualTo(MAPPER.readTree("""
                    {"code":"SUCCESS","details":{"id":"%s"},"message":"relation removed","status":"success"}""".formatted(ids[i])));
        }
    }

    @Test
    void delinks_many_as_the_node_sdk_sends_it_with_a_trailing_ampersand_and_an_empty_body() throws Exception {
        // WHEN the Node SDK's delinkRecords request arrives: raw commas, a trailing '&', its headers, content-length 0
        HttpResponse<String> response = sendAsSdk(
                "DELETE",
                "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=" + first + "," + second + "&",
                NODE_HEADERS,
                HttpRequest.BodyPublishers.ofByteArray(new byte[0]));

        // THEN it arrived in that shape and both relations are removed
        then(lastReceived().rawQuery()).isEqualTo("ids=" + first + "," + second + "&");
        then(lastReceived().header("x-zoho-sdk")).hasValue(NODE_HEADERS.get("x-zoho-sdk"));
        then(lastReceived().header("user-agent")).hasValue("got (https://github.com/sindresorhus/got)");
        then(lastReceived().header("content-length")).hasValue("0");
        then(lastReceived().header("content-type")).isEmpty();
        thenRemoved(response, first, second);
        then(emulator.areLinked(campaign, first) || emulator.areLinked(campaign, second))
                .isFalse();
    }

    @Test
    void delinks_many_as_the_java_sdk_sends_it_with_an_encoded_comma() throws Exception {
        // WHEN the Java SDK's delinkRecords request arrives: URIBuilder encodes the comma as %2C
        HttpResponse<String> response = sendAsSdk(
                "DELETE",
                "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=" + first + "%2C" + second,
                JAVA_HEADERS,
                HttpRequest.BodyPublishers.noBody());

        // THEN it arrived encoded and both relations are removed
        then(lastReceived().rawQuery()).isEqualTo("ids=" + first + "%2C" + second);
        then(lastReceived().header("X-ZOHO-SDK")).hasValue(JAVA_HEADERS.get("X-ZOHO-SDK"));
        thenRemoved(response, first, second);
    }

    @Test
    void delinks_one_as_both_sdks_send_it() throws Exception {
        // WHEN delinkRecord arrives from the Node SDK, then from the Java SDK
        HttpResponse<String> node = sendAsSdk(
                "DELETE",
                "/crm/v7/Campaigns/" + campaign + "/Contacts/" + first,
                NODE_HEADERS,
                HttpRequest.BodyPublishers.ofByteArray(new byte[0]));
        HttpResponse<String> java = sendAsSdk(
                "DELETE",
                "/crm/v7/Campaigns/" + campaign + "/Contacts/" + second,
                JAVA_HEADERS,
                HttpRequest.BodyPublishers.noBody());

        // THEN each removes its relation
        thenRemoved(node, first);
        thenRemoved(java, second);
    }

    @Test
    void links_with_a_put_body_that_has_no_content_type() throws Exception {
        // GIVEN a contact not yet related
        String third = emulator.insertRecord(Module.CONTACTS, Map.of("Last_Name", "Poe"));

        // WHEN the SDK's updateRelatedRecords PUT arrives with a JSON body and no Content-Type
        HttpResponse<String> response = sendAsSdk(
                "PUT",
                "/crm/v7/Campaigns/" + campaign + "/Contacts",
                NODE_HEADERS,
                HttpRequest.BodyPublishers.ofString(
                        "{\"data\":[{\"id\":\"" + third + "\",\"Member_Status\":\"Active\"}]}"));

        // THEN it arrived without a Content-Type and the relation is added
        then(lastReceived().header("content-type")).isEmpty();
        then(response.statusCode()).as(response.body()).isEqualTo(200);
        then(json(response)).isEqualTo(MAPPER.readTree("""
                {"data":[{"code":"SUCCESS","details":{"id":"%s"},"message":"relation added","status":"success"}]}""".formatted(third)));
        then(emulator.areLinked(campaign, third)).isTrue();
    }

    @Test
    void reads_related_records_with_fields_as_both_sdks_encode_them() throws Exception {
        // WHEN getRelatedRecords arrives with raw commas and a trailing '&' (Node), and with %2C (Java)
        HttpResponse<String> node = sendAsSdk(
                "GET",
                "/crm/v7/Campaigns/" + campaign + "/Contacts?fields=Last_Name,Email&per_page=200&",
                NODE_HEADERS,
                HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> java = sendAsSdk(
                "GET",
                "/crm/v7/Campaigns/" + campaign + "/Contacts?fields=Last_Name%2CEmail",
                JAVA_HEADERS,
                HttpRequest.BodyPublishers.noBody());

        // THEN both list the two contacts with the fields asked for
        for (HttpResponse<String> response : List.of(node, java)) {
            then(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = json(response);
            then(body.at("/data/0/id").asText()).isEqualTo(first);
            then(body.at("/data/0/Last_Name").asText()).isEqualTo("Doe");
            then(body.at("/data/0/Email").asText()).isEqualTo("doe@example.com");
            then(body.at("/data/1/id").asText()).isEqualTo(second);
            then(body.at("/info/count").asInt()).isEqualTo(2);
        }
    }

    @Test
    void answers_the_metadata_calls_the_sdks_make_first_in_their_order() throws Exception {
        // WHEN the Node SDK's calls before getRelatedRecords arrive: the current user and org (findUser), the related
        // lists, the fields
        HttpResponse<String> user =
                sendAsSdk("GET", "/crm/v7/users?type=CurrentUser", NODE_HEADERS, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> org = sendAsSdk("GET", "/crm/v7/org", NODE_HEADERS, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> lists = sendAsSdk(
                "GET",
                "/crm/v7/settings/related_lists?module=Campaigns",
                NODE_HEADERS,
                HttpRequest.BodyPublishers.noBody());
        String relatedModule =
                json(lists).at("/related_lists/1/module/api_name").asText();
        HttpResponse<String> fields = sendAsSdk(
                "GET",
                "/crm/v7/settings/fields?module=" + relatedModule,
                NODE_HEADERS,
                HttpRequest.BodyPublishers.noBody());

        // THEN each answers what the SDK reads from it
        then(json(user).at("/users/0/email").asText()).contains("@");
        then(json(user).at("/users/0/id").asText())
                .isEqualTo(emulator.administrator().id());
        then(json(org).at("/org/0/id").asText()).isNotBlank();
        then(json(lists).at("/related_lists/1/api_name").asText()).isEqualTo("Contacts");
        then(json(lists).at("/related_lists/1/href").asText()).isEqualTo("Campaigns/{ENTITYID}/Contacts");
        then(relatedModule).isEqualTo("Contacts");
        then(json(fields).at("/fields/0/api_name").asText()).isEqualTo("Last_Name");
        then(json(fields).at("/fields/0/system_mandatory").asBoolean()).isTrue();
    }

    @Test
    void refreshes_a_token_from_a_multipart_body_as_the_node_sdk_sends_it_and_names_the_emulator_as_api_domain()
            throws Exception {
        // GIVEN an OAuth client and refresh token
        emulator.registerClient("1000.sdkclient", "sdk-secret");
        emulator.registerRefreshToken(
                "1000.sdkclient", "1000.sdk-refresh", emulator.administrator(), List.of(Scopes.ALL_MODULES));
        String boundary = "--------------------------512470395866316749381293";
        String multipart = part(boundary, "client_id", "1000.sdkclient") + part(boundary, "client_secret", "sdk-secret")
                + part(boundary, "refresh_token", "1000.sdk-refresh") + part(boundary, "grant_type", "refresh_token")
                + "--" + boundary + "--\r\n";

        // WHEN the Node SDK's refresh arrives (form-data package, got's user agent), and the new token delinks
        HttpResponse<String> refreshed = send(
                "POST",
                "/oauth/v2/token",
                Map.of(
                        "content-type", "multipart/form-data; boundary=" + boundary,
                        "user-agent", "got (https://github.com/sindresorhus/got)",
                        "accept-encoding", "gzip, deflate, br"),
                HttpRequest.BodyPublishers.ofString(multipart));
        String newToken = json(refreshed).get("access_token").asText();
        HttpResponse<String> delink = send(
                "DELETE",
                "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=" + first + "&",
                Map.of("authorization", "Zoho-oauthtoken " + newToken),
                HttpRequest.BodyPublishers.noBody());

        // THEN the token answer names the emulator's own URL as api_domain, and the token works there
        then(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        then(json(refreshed).get("api_domain").asText())
                .isEqualTo(server.baseUri().toString());
        then(json(refreshed).get("token_type").asText()).isEqualTo("Bearer");
        then(json(refreshed).get("expires_in").asInt()).isEqualTo(3600);
        thenRemoved(delink, first);
    }

    @Test
    void refreshes_a_token_from_an_url_encoded_body_as_the_java_sdk_sends_it() throws Exception {
        // GIVEN an OAuth client and refresh token
        emulator.registerClient("1000.sdkclient", "sdk-secret");
        emulator.registerRefreshToken(
                "1000.sdkclient", "1000.sdk-refresh", emulator.administrator(), List.of(Scopes.ALL_MODULES));

        // WHEN the Java SDK's refresh arrives: form-urlencoded, user-agent Mozilla/5.0
        HttpResponse<String> refreshed = send(
                "POST",
                "/oauth/v2/token",
                Map.of(
                        "Content-Type", "application/x-www-form-urlencoded",
                        "User-Agent", "Mozilla/5.0"),
                HttpRequest.BodyPublishers.ofString(
                        "client_id=1000.sdkclient&client_secret=sdk-secret&refresh_token=1000.sdk-refresh&grant_type=refresh_token",
                        StandardCharsets.UTF_8));

        // THEN a token comes back for the emulator's own URL, and it reads the related contacts
        then(refreshed.statusCode()).isEqualTo(200);
        then(json(refreshed).get("api_domain").asText())
                .isEqualTo(server.baseUri().toString());
        HttpResponse<String> read = send(
                "GET",
                "/crm/v7/Campaigns/" + campaign + "/Contacts?fields=Last_Name",
                Map.of(
                        "Authorization",
                        "Zoho-oauthtoken " + json(refreshed).get("access_token").asText()),
                HttpRequest.BodyPublishers.noBody());
        then(read.statusCode()).isEqualTo(200);
        then(json(read).get("data")).hasSize(2);
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
