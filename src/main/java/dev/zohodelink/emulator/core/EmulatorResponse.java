package dev.zohodelink.emulator.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP response produced by the emulator core. A 204 has an empty body. */
public record EmulatorResponse(int status, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json;charset=UTF-8";

    public EmulatorResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static EmulatorResponse json(int status, Object value) {
        return new EmulatorResponse(status, Map.of("Content-Type", JSON), Json.write(value));
    }

    public static EmulatorResponse noContent() {
        return new EmulatorResponse(204, Map.of(), new byte[0]);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
