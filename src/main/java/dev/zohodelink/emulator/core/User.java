package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A CRM user and what the profile and sharing rules let them do.
 *
 * @param mayDeleteRelatedRecords false for a profile without the delete permission (NO_PERMISSION)
 * @param withoutAccessTo modules whose records the user has no privilege on (AUTHORIZATION_FAILED)
 */
public record User(String id, String name, boolean mayDeleteRelatedRecords, Set<Module> withoutAccessTo) {

    public User {
        withoutAccessTo = Set.copyOf(withoutAccessTo);
    }

    Map<String, Object> reference() {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("name", name);
        reference.put("id", id);
        return reference;
    }
}
