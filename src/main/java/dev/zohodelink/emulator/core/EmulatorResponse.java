package dev.zohodelink.emulator.core;

import dev.zohodelink.emulator.core.codecs.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP response produced by the emulator core. A 204 has an empty body.
 *
 * @param dropConnection true when the HTTP adapter must close the connection without any answer (an injected fault)
 */
public record EmulatorResponse(int status, Map<String, String> headers, byte[] body, boolean dropConnection) {

    public static final String JSON = "application/json;charset=UTF-8";

    public EmulatorResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public EmulatorResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, false);
    }

    public static EmulatorResponse json(int status, Object value) {
        return new EmulatorResponse(status, Map.of("Content-Type", JSON), Json.write(value));
    }

    public static EmulatorResponse noContent() {
        return new EmulatorResponse(204, Map.of(), new byte[0]);
    }

    /** No answer at all: the connection is closed. Its status is 0 for callers of the core that look. */
    public static EmulatorResponse droppedConnection() {
        return new EmulatorResponse(0, Map.of(), new byte[0], true);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
