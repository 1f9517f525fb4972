package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.contract.Module.PRODUCTS;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.emulator.control.EmulatorControl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A deterministic mini-fuzz: a fixed seed generates malformed requests of every kind, and the emulator must answer
 * each one as Zoho would answer a client error, never with a 500 or a non-Zoho body.
 */
class MalformedRequestFuzzTest {

    private static final long SEED = 20250115L;
    private static final int REQUESTS = 2000;

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();
    private final Random random = new Random(SEED);
    private final List<String> ids = new ArrayList<>();

    @Test
    void answers_two_thousand_generated_malformed_requests_with_zoho_shaped_client_errors_and_no_unexpected_failure() {
        // GIVEN some real records, linked, so that generated ids sometimes hit
        String campaign = zoho.create(CAMPAIGNS);
        String product = zoho.create(PRODUCTS);
        String lead = zoho.create(LEADS);
        zoho.link(CAMPAIGNS, campaign, LEADS, lead);
        zoho.link(PRODUCTS, product, LEADS, lead);
        ids.addAll(List.of(campaign, product, lead));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statusHistogram = new java.util.TreeMap<>();

        // WHEN 2000 generated requests are applied
        for (int n = 0; n < REQUESTS; n++) {
            EmulatorRequest request = new EmulatorRequest(method(), path(), query(), headers(), body());
            EmulatorResponse response = zoho.emulator.apply(request);
            statusHistogram.merge(response.status(), 1, Integer::sum);
            String problem = problemWith(response);
            if (problem != null) {
                failures.add("#" + n + " " + request.method() + " " + request.rawPath() + "?" + request.rawQuery()
                        + " -> " + response.status() + " " + response.bodyText() + ": " + problem);
            }
        }

        // THEN every answer is a client error or a success in Zoho's shapes
        then(failures).isEmpty();
        then(EmulatorControl.inProcess(zoho.emulator).state().unexpectedFailures())
                .isZero();
        // AND the generator really reached past the URL checks into the handlers
        then(statusHistogram).containsKeys(200, 204, 400, 401, 404);
    }

    private static String problemWith(EmulatorResponse response) {
        if (response.status() >= 500) {
            return "server error";
        }
        if (response.status() == 204) {
            return response.body().length == 0 ? null : "204 with a body";
        }
        JsonNode body;
        try {
            body = ZohoEmulatorFixture.MAPPER.readTree(response.body());
        } catch (Exception notJson) {
            return "not JSON";
        }
        if (body == null || !body.isObject()) {
            return "not a JSON object";
        }
        List<String> keys = ZohoEmulatorFixture.keys(body);
        if (keys.equals(ZohoEmulatorFixture.ENVELOPE_KEYS)) {
            return body.get("status").asText().equals("error")
                            && body.get("details").isObject()
                    ? null
                    : "bad error envelope";
        }
        if (keys.get(0).equals("data") || keys.contains("data")) {
            JsonNode data = body.get("data");
            if (!data.isArray()) {
                return "data is not an array";
            }
            for (JsonNode item : data) {
                boolean zohoItem = ZohoEmulatorFixture.keys(item).equals(ZohoEmulatorFixture.ENVELOPE_KEYS);
                boolean record = item.has("id");
                if (!zohoItem && !record) {
                    return "data item is neither a result nor a record";
                }
            }
            return null;
        }
        return "unexpected keys " + keys;
    }

    // ---- generators --------------------------------------------------------------------------------------

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String method() {
        return pick(List.of(
                "DELETE", "DELETE", "DELETE", "GET", "PUT", "POST", "PATCH", "HEAD", "OPTIONS", "", "delete", "DeLeTe",
                "TRACE", "FOO BAR"));
    }

    private String path() {
        if (random.nextInt(10) == 0) {
            return pick(List.of(
                    "",
                    "/",
                    "//",
                    "crm/v7/Leads",
                    "/crm",
                    "/crm/",
                    "/%",
                    "/%zz",
                    "/crm/v7/%E2%82",
                    "/\u0000",
                    "/crm/v7/Leads/../../etc/passwd"));
        }
        List<String> segments = new ArrayList<>();
        segments.add(random.nextInt(15) == 0 ? pick(List.of("CRM", "api", "%63rm", "crm%2F", "..")) : "crm");
        segments.add(
                random.nextInt(10) == 0
                        ? pick(List.of("v2", "v9", "v7.0", "V7", "..", "%2e%2e", ""))
                        : pick(List.of("v7", "v7", "v8", "v2.1")));
        segments.add(maybeMutated(
                pick(List.of(
                        "Campaigns",
                        "Products",
                        "Leads",
                        "Contacts",
                        "Accounts",
                        "Deals",
                        "Price_Books",
                        "Appointments__s",
                        "Services__s",
                        "Documents",
                        "Projects",
                        "Widgets",
                        "leads")),
                0));
        int tail = pick(List.of(0, 1, 2, 2, 2, 3, 3, 3, 4));
        for (int i = 1; i <= tail; i++) {
            segments.add(maybeMutated(
                    i == 2
                            ? pick(List.of(
                                    "Leads",
                                    "Contacts",
                                    "Products",
                                    "Campaigns",
                                    "Services__s",
                                    "Accounts",
                                    "Price_Books",
                                    "Deals"))
                            : pick(ids),
                    i));
        }
        String path = "/" + String.join("/", segments);
        return random.nextInt(15) == 0 ? path + "/" : path;
    }

    private String maybeMutated(String segment, int position) {
        return random.nextInt(4) == 0 ? segment(position) : segment;
    }

    private String segment(int position) {
        return switch (random.nextInt(7)) {
            case 0 ->
                pick(List.of(
                        "Documents", "Projects", "Widgets", "leads", "Contact_Roles", "Potentials", "Appointments__s"));
            case 1 ->
                pick(List.of(
                        "..",
                        ".",
                        "%2e%2e",
                        "%2F",
                        "%00",
                        "%",
                        "%G1",
                        "%E2%82%AC",
                        "€",
                        "ünïcødé",
                        "😀",
                        "%F0%9F%98%80",
                        "a b",
                        "+",
                        "%20",
                        "%C0%AF",
                        "%ED%A0%80",
                        ";",
                        "*",
                        "#",
                        ""));
            case 2, 3 -> hugeOrOddId();
            case 4 -> position == 0 ? pick(List.of("Campaigns", "Products", "Leads")) : pick(ids);
            case 5 -> "x".repeat(random.nextInt(3000));
            default -> Long.toString(random.nextLong());
        };
    }

    private String hugeOrOddId() {
        return pick(List.<Supplier<String>>of(
                        () -> "9".repeat(1 + random.nextInt(60)),
                        () -> "0".repeat(1 + random.nextInt(25)),
                        () -> "-" + random.nextInt(1000),
                        () -> "1e10",
                        () -> "0x1F",
                        () -> "１２３",
                        () -> Long.toString(Long.MAX_VALUE),
                        () -> "18446744073709551616",
                        () -> " " + pick(ids) + " ",
                        () -> pick(ids) + "%00"))
                .get();
    }

    private String query() {
        switch (random.nextInt(8)) {
            case 0:
                return null;
            case 1:
                return pick(List.of(
                        "",
                        "&",
                        "&&",
                        "=",
                        "==",
                        "%",
                        "ids=%",
                        "ids=%zz",
                        "ids=%E2",
                        "&ids",
                        "ids&ids=",
                        "fields=id&page=0",
                        "fields=id&per_page=abc",
                        "fields=&ids=1",
                        "page=99999999999&fields=id",
                        "ids=1&ids=2"));
            default:
                int count = random.nextInt(random.nextInt(10) == 0 ? 150 : 6);
                List<String> values = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    values.add(
                            switch (random.nextInt(6)) {
                                case 0, 1 -> pick(ids);
                                case 2 -> hugeOrOddId();
                                case 3 ->
                                    pick(List.of("", " ", "%20", "%2C", ",", "abc", "%09", "+", "%", "%FF", "ünï"));
                                default -> Long.toString(Math.abs(random.nextLong() % 10_000_000_000_000L));
                            });
                }
                String separator = random.nextInt(5) == 0 ? "%2C" : ",";
                String query = "ids=" + String.join(separator, values);
                if (random.nextBoolean()) {
                    query += "&fields=" + pick(List.of("id", "", "id,Last_Name", "%"));
                }
                return random.nextInt(4) == 0 ? query + "&" : query;
        }
    }

    private Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        switch (random.nextInt(7)) {
            case 0 -> {}
            case 1 ->
                headers.put(
                        "Authorization",
                        List.of(pick(List.of(
                                "",
                                " ",
                                "Zoho-oauthtoken",
                                "Zoho-oauthtoken ",
                                "Bearer " + zoho.token,
                                "zoho-oauthtoken 1000.abc.def",
                                "Zoho-oauthtoken " + "a".repeat(5000),
                                "Zoho-oauthtoken \u0000",
                                "Basic dXNlcjpwYXNz"))));
            case 2 -> headers.put("authorization", Arrays.asList((String) null));
            case 3 -> headers.put("AUTHORIZATION", List.of("zoho-oauthtoken " + zoho.token, "Zoho-oauthtoken other"));
            default -> headers.put("Authorization", List.of("Zoho-oauthtoken " + zoho.token));
        }
        if (random.nextInt(3) == 0) {
            headers.put(
                    pick(List.of("Content-Type", "content-type", "X-EXTERNAL", "If-None-Match", "Ü-Header", "")),
                    List.of(pick(List.of(
                            "application/json", "text/plain", "multipart/form-data; boundary=x", "", "\u00ff"))));
        }
        if (random.nextInt(20) == 0) {
            headers.put(null, List.of("null name"));
        }
        return headers;
    }

    private byte[] body() {
        String text = switch (random.nextInt(16)) {
            case 0, 1, 2, 3 -> null;
            case 4 -> "";
            case 5 -> "{";
            case 6 -> "null";
            case 7 -> "[]";
            case 8 -> "{\"data\":[]}";
            case 9 ->
                "{\"data\":[{\"id\":\"" + pick(ids) + "\"},{\"id\":"
                        + pick(List.of(
                                "null",
                                "{}",
                                "[]",
                                "true",
                                "1e999",
                                "-1",
                                "\"\"",
                                "\"abc\"",
                                "123456789012345678901234567890"))
                        + "}]}";
            case 10 -> "{\"data\":\"" + "x".repeat(random.nextInt(100)) + "\"}";
            case 11 -> "[".repeat(2000) + "]".repeat(2000);
            case 12 ->
                "{\"data\":["
                        + String.join(
                                ",",
                                java.util.Collections.nCopies(
                                        101 + random.nextInt(3), "{\"id\":\"" + pick(ids) + "\"}"))
                        + "]}";
            case 13 ->
                "{\"data\":[{\"Last_Name\":\"" + "ü".repeat(random.nextInt(50))
                        + "\",\"Campaign_Name\":{\"a\":1},\"Product_Name\":1.5e308,"
                        + "\"Appointment_Name\":\"x\",\"Service_Name\":null,\"Account_Name\":\"a\",\"Price_Book_Name\":\"p\",\"Deal_Name\":\"d\"}]}";
            case 14 -> "{\"data\":[" + "1".repeat(2000) + "]}";
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (random.nextBoolean()) {
            return null;
        }
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }
}
