package dev.zohodelink.targets;

import dev.zohodelink.contract.Module;
import java.util.List;
import java.util.Optional;

/**
 * Who makes the call under test. Fixtures are always created by the administrator; the caller only makes the
 * {@code When} call.
 */
public record Caller(Kind kind, List<String> scopes, Optional<Module> withoutAccessTo) {

    /** What a caller with an unknown token presents: shaped like nothing Zoho issues. */
    public static final String NEVER_ISSUED_TOKEN = "1000.this-token-was-never-issued";

    public enum Kind {
        ADMINISTRATOR, CUSTOM_SCOPES, SCOPE_WITHOUT_DELINK, PROFILE_WITHOUT_DELETE, WITHOUT_ACCESS, NO_TOKEN, UNKNOWN_TOKEN, EXPIRED_TOKEN
    }

    public static Caller administrator() {
        return new Caller(Kind.ADMINISTRATOR, List.of(), Optional.empty());
    }

    public static Caller withScopes(List<String> scopes) {
        return new Caller(Kind.CUSTOM_SCOPES, scopes, Optional.empty());
    }

    public static Caller withScopeWithoutDelink() {
        return new Caller(Kind.SCOPE_WITHOUT_DELINK, List.of(), Optional.empty());
    }

    public static Caller withProfileThatMayNotDelete() {
        return new Caller(Kind.PROFILE_WITHOUT_DELETE, List.of(), Optional.empty());
    }

    public static Caller withoutAccessTo(Module module) {
        return new Caller(Kind.WITHOUT_ACCESS, List.of(), Optional.of(module));
    }

    public static Caller withoutToken() {
        return new Caller(Kind.NO_TOKEN, List.of(), Optional.empty());
    }

    public static Caller withUnknownToken() {
        return new Caller(Kind.UNKNOWN_TOKEN, List.of(), Optional.empty());
    }

    public static Caller withExpiredToken() {
        return new Caller(Kind.EXPIRED_TOKEN, List.of(), Optional.empty());
    }
}
