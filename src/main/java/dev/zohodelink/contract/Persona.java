package dev.zohodelink.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The users a scenario may call as, each what one refresh token stands for on a live org: the administrator who makes
 * the fixtures, and the three callers the documented scope and permission errors need.
 */
public enum Persona {
    ADMINISTRATOR("ZOHO_REFRESH_TOKEN", "the administrator", "", true),
    LIMITED_SCOPE(
            "ZOHO_LIMITED_SCOPE_REFRESH_TOKEN",
            "a token whose scope does not grant delinking",
            Gherkin.LIMITED_SCOPE,
            true),
    RESTRICTED_USER(
            "ZOHO_RESTRICTED_USER_REFRESH_TOKEN",
            "a user whose profile may not delete related records",
            Gherkin.RESTRICTED_USER,
            false),
    UNPRIVILEGED_USER(
            "ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN",
            "a user without access to the related records",
            Gherkin.UNPRIVILEGED_USER,
            true);

    /** How the features name the personas; constants, so that the glue's annotations can hold them. */
    public static final class Gherkin {
        public static final String LIMITED_SCOPE = "the caller's token does not grant delinking on any module";
        public static final String RESTRICTED_USER =
                "the caller is a user whose profile may not delete related records";
        /** Followed by the module the user may not see. */
        public static final String UNPRIVILEGED_USER = "the caller is a user without access to";

        private Gherkin() {}
    }

    private final String refreshTokenVariable;
    private final String description;
    private final String gherkin;
    private final boolean mayDeleteRelatedRecords;

    Persona(String refreshTokenVariable, String description, String gherkin, boolean mayDeleteRelatedRecords) {
        this.refreshTokenVariable = refreshTokenVariable;
        this.description = description;
        this.gherkin = gherkin;
        this.mayDeleteRelatedRecords = mayDeleteRelatedRecords;
    }

    /** The persona a feature's step names, word for word. */
    public static Persona fromGherkin(String phrase) {
        return Arrays.stream(values())
                .filter(persona -> !persona.gherkin.isEmpty() && persona.gherkin.equals(phrase))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no persona is named '" + phrase + "'"));
    }

    /** The variable holding this persona's refresh token on a live org. */
    public String refreshTokenVariable() {
        return refreshTokenVariable;
    }

    /** Who this is, as a skipped scenario names what it lacks. */
    public String description() {
        return description;
    }

    /** The scopes of this persona's token: every module, except for the limited scope, which may read and create only. */
    public List<String> scopes() {
        if (this != LIMITED_SCOPE) {
            return List.of(Scopes.ALL_MODULES);
        }
        List<String> scopes = new ArrayList<>();
        for (Module module : Module.values()) {
            scopes.add(Scopes.of(module, "READ"));
            scopes.add(Scopes.of(module, "CREATE"));
        }
        return List.copyOf(scopes);
    }

    /** Whether this persona's profile has the permission to delete related records. */
    public boolean mayDeleteRelatedRecords() {
        return mayDeleteRelatedRecords;
    }
}
