package dev.zohodelink.emulator.control;

import dev.zohodelink.contract.Module;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A user to add to the emulated org: by default one who may delete related records and sees every module.
 *
 * <pre>{@code NewUser.named("Sales Rep").withoutDeletePermission().withoutAccessTo(Module.CONTACTS)}</pre>
 *
 * @param mayDeleteRelatedRecords false for a profile without the delete permission (Zoho answers NO_PERMISSION)
 * @param withoutAccessTo modules whose records the user has no privilege on (Zoho answers AUTHORIZATION_FAILED)
 */
public record NewUser(String name, boolean mayDeleteRelatedRecords, Set<Module> withoutAccessTo) {

    public NewUser {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user's name must not be blank");
        }
        withoutAccessTo = Set.copyOf(withoutAccessTo);
    }

    public static NewUser named(String name) {
        return new NewUser(name, true, Set.of());
    }

    public NewUser withoutDeletePermission() {
        return new NewUser(name, false, withoutAccessTo);
    }

    public NewUser withoutAccessTo(Module... modules) {
        Set<Module> restricted = new LinkedHashSet<>(withoutAccessTo);
        restricted.addAll(Arrays.asList(modules));
        return new NewUser(name, mayDeleteRelatedRecords, restricted);
    }
}
