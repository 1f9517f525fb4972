package dev.zohodelink.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds an emulator through its Zoho-shaped routes, in process ({@link Emulator#apply}, no socket) so that seeding
 * hundreds of thousands of relations takes seconds: {@code POST /crm/v7/{Module}} with 100 records per call and
 * {@code PUT /crm/v7/Campaigns/{id}/Contacts} with {@code {"data":[{"id":...}]}} and 100 ids per call. Never timed.
 */
final class ZohoSeeder {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BATCH = 100;

    private final Emulator emulator;
    private final Map<String, List<String>> headers;

    ZohoSeeder(Emulator emulator, String token) {
        this.emulator = emulator;
        this.headers = Map.of("Authorization", List.of("Zoho-oauthtoken " + token));
    }

    /** Inserts {@code count} records named {@code prefix + n} (only the mandatory name field); their ids in order. */
    List<String> insert(String module, String nameField, String prefix, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            StringBuilder body = new StringBuilder("{\"data\":[");
            for (int n = from; n < Math.min(count, from + BATCH); n++) {
                body.append(n == from ? "" : ",")
                        .append("{\"")
                        .append(nameField)
                        .append("\":\"")
                        .append(prefix)
                        .append(n)
                        .append("\"}");
            }
            EmulatorResponse response =
                    call("POST", "/crm/v7/" + module, body.append("]}").toString(), 201);
            try {
                MAPPER.readTree(response.body())
                        .get("data")
                        .forEach(item -> ids.add(item.get("details").get("id").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (ids.size() != count) {
            throw new IllegalStateException("inserted " + ids.size() + " " + module + ", expected " + count);
        }
        return ids;
    }

    /** Links the contacts to the campaign, 100 per call. */
    void link(String campaign, List<String> contacts) {
        for (int from = 0; from < contacts.size(); from += BATCH) {
            StringBuilder body = new StringBuilder("{\"data\":[");
            for (int k = from; k < Math.min(contacts.size(), from + BATCH); k++) {
                body.append(k == from ? "" : ",")
                        .append("{\"id\":\"")
                        .append(contacts.get(k))
                        .append("\"}");
            }
            call(
                    "PUT",
                    "/crm/v7/Campaigns/" + campaign + "/Contacts",
                    body.append("]}").toString(),
                    200);
        }
    }

    private EmulatorResponse call(String method, String path, String body, int expectedStatus) {
        EmulatorResponse response = emulator.apply(EmulatorRequest.of(method, path, headers, body));
        if (response.status() != expectedStatus) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.status() + ": " + response.bodyText());
        }
        return response;
    }
}
