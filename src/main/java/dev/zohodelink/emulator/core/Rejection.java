package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ZohoError;
import java.util.Map;

/** A call rejected as a whole with a catalogue error; turned into Zoho's error envelope by {@link Emulator}. */
public final class Rejection extends RuntimeException {

    private final ZohoError error;
    private final Map<String, Object> details;

    public Rejection(ZohoError error) {
        this(error, error.details());
    }

    public Rejection(ZohoError error, Map<String, Object> details) {
        super(error.name(), null, false, false);
        this.error = error;
        this.details = details;
    }

    public EmulatorResponse toResponse() {
        return EmulatorResponse.json(error.httpStatus(), error.body(details));
    }
}
