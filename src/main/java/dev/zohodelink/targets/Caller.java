package dev.zohodelink.targets;

import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import java.util.List;
import java.util.Optional;

/**
 * Who makes the call under test: a {@link Persona}, a token of chosen scopes, or a token presented on purpose.
 * Fixtures are always created by the administrator; the caller only makes the {@code When} call.
 *
 * @param persona         present exactly when the kind is {@link Kind#PERSONA}
 * @param withoutAccessTo the module the unprivileged user may not see
 */
public record Caller(Kind kind, Optional<Persona> persona, List<String> scopes, Optional<Module> withoutAccessTo) {

    /** What a caller with an unknown token presents: shaped like nothing Zoho issues. */
    public static final String NEVER_ISSUED_TOKEN = "1000.this-token-was-never-issued";

    public enum Kind {
        PERSONA,
        CUSTOM_SCOPES,
        NO_TOKEN,
        UNKNOWN_TOKEN,
        EXPIRED_TOKEN
    }

    public static Caller administrator() {
        return as(Persona.ADMINISTRATOR);
    }

    public static Caller as(Persona persona) {
        return new Caller(Kind.PERSONA, Optional.of(persona), List.of(), Optional.empty());
    }

    public static Caller withScopes(List<String> scopes) {
        return new Caller(Kind.CUSTOM_SCOPES, Optional.empty(), scopes, Optional.empty());
    }

    /** The unprivileged user, who may not see {@code module}. */
    public static Caller withoutAccessTo(Module module) {
        return new Caller(Kind.PERSONA, Optional.of(Persona.UNPRIVILEGED_USER), List.of(), Optional.of(module));
    }

    public static Caller withoutToken() {
        return new Caller(Kind.NO_TOKEN, Optional.empty(), List.of(), Optional.empty());
    }

    public static Caller withUnknownToken() {
        return new Caller(Kind.UNKNOWN_TOKEN, Optional.empty(), List.of(), Optional.empty());
    }

    public static Caller withExpiredToken() {
        return new Caller(Kind.EXPIRED_TOKEN, Optional.empty(), List.of(), Optional.empty());
    }
}
