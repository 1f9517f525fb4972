package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Operation;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.oauth.AccessGrant;
import java.util.List;
import java.util.Map;

/**
 * A Zoho-shaped call that passed the URL pattern and authentication: the version, the module, the caller and
 * the remaining path segments ({@code record_id}, {@code related_list}, {@code related_record_id}).
 */
record ApiCall(
        ApiVersion version,
        Module module,
        List<String> tail,
        AccessGrant caller,
        Map<String, String> query,
        EmulatorRequest request) {

    String recordIdSegment() {
        return tail.get(0);
    }

    String relatedListSegment() {
        return tail.get(1);
    }

    String relatedIdSegment() {
        return tail.get(2);
    }

    User user() {
        return caller.user();
    }

    void requireScope(Module target, Operation operation) {
        if (!Scopes.grant(caller.scopes(), target, operation)) {
            throw new Rejection(ZohoError.OAUTH_SCOPE_MISMATCH);
        }
    }
}
