package dev.zohodelink.emulator.core.faults;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders the answer of an injected fault. */
public final class FaultAnswers {

    private FaultAnswers() {}

    public static EmulatorResponse render(Fault.Effect effect) {
        if (effect instanceof Fault.CatalogueError error) {
            return EmulatorResponse.json(error.status(), error.error().body());
        }
        if (effect instanceof Fault.TooManyRequests tooMany) {
            EmulatorResponse json =
                    EmulatorResponse.json(ZohoError.TOO_MANY_REQUESTS.httpStatus(), ZohoError.TOO_MANY_REQUESTS.body());
            if (tooMany.retryAfterSeconds().isEmpty()) {
                return json;
            }
            Map<String, String> headers = new LinkedHashMap<>(json.headers());
            headers.put(
                    "Retry-After", Integer.toString(tooMany.retryAfterSeconds().getAsInt()));
            return new EmulatorResponse(json.status(), headers, json.body());
        }
        if (effect instanceof Fault.DropConnection) {
            return EmulatorResponse.droppedConnection();
        }
        throw new IllegalArgumentException("a latency is not an answer");
    }
}
