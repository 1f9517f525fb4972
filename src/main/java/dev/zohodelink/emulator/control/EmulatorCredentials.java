package dev.zohodelink.emulator.control;

import dev.zohodelink.config.ScopeRefreshTokens;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.DemoCredentials;
import dev.zohodelink.emulator.core.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The OAuth client and refresh tokens the standalone emulator's token endpoint knows: those of {@value #CLIENT_ID},
 * {@value #CLIENT_SECRET} and {@value #REFRESH_TOKEN} (and the optional {@value #LIMITED_SCOPE_REFRESH_TOKEN},
 * {@value #RESTRICTED_USER_REFRESH_TOKEN}, {@value #UNPRIVILEGED_USER_REFRESH_TOKEN}, and the per-scope
 * {@link ScopeRefreshTokens} variables) when they are set, otherwise the emulator's own public demo values.
 * Values are stripped, as the suite reads them; a blank variable counts as unset. Values from the environment are
 * never printed, only the variables' names.
 */
public final class EmulatorCredentials {

    static final String CLIENT_ID = "ZOHO_CLIENT_ID";
    static final String CLIENT_SECRET = "ZOHO_CLIENT_SECRET";
    static final String REFRESH_TOKEN = Persona.ADMINISTRATOR.refreshTokenVariable();
    static final String LIMITED_SCOPE_REFRESH_TOKEN = Persona.LIMITED_SCOPE.refreshTokenVariable();
    static final String RESTRICTED_USER_REFRESH_TOKEN = Persona.RESTRICTED_USER.refreshTokenVariable();
    static final String UNPRIVILEGED_USER_REFRESH_TOKEN = Persona.UNPRIVILEGED_USER.refreshTokenVariable();

    /** The emulator's own credentials, public and documented in the README: they open nothing but this emulator. */
    static final String DEMO_LIMITED_SCOPE_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.LIMITED_SCOPE);

    static final String DEMO_RESTRICTED_USER_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.RESTRICTED_USER);
    static final String DEMO_UNPRIVILEGED_USER_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.UNPRIVILEGED_USER);

    private static final List<String> CLIENT_VARIABLES = List.of(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN);
    private static final Map<String, String> SCOPE_VARIABLES = ScopeRefreshTokens.variablesByScope();
    private static final List<String> EXTRA_VARIABLES = Stream.concat(
                    Stream.of(
                            LIMITED_SCOPE_REFRESH_TOKEN,
                            RESTRICTED_USER_REFRESH_TOKEN,
                            UNPRIVILEGED_USER_REFRESH_TOKEN),
                    SCOPE_VARIABLES.values().stream())
            .toList();

    /** The modules the related lists of the documented relations point at; the unprivileged user may see none of them. */
    static final Set<Module> RELATED_MODULES = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
            Module.CONTACTS, Module.LEADS, Module.ACCOUNTS, Module.DEALS, Module.PRICE_BOOKS, Module.SERVICES)));

    private final Map<String, String> environment;

    /** The variables of the optional refresh tokens: the personas' and the per-scope ones, in a fixed order. */
    public static List<String> optionalRefreshTokenVariables() {
        return EXTRA_VARIABLES;
    }

    /** Keeps only the OAuth variables, stripped, a blank one left out (as config.Settings reads them). */
    public EmulatorCredentials(Map<String, String> environment) {
        Map<String, String> relevant = new LinkedHashMap<>();
        Stream.concat(CLIENT_VARIABLES.stream(), EXTRA_VARIABLES.stream()).forEach(name -> {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                relevant.put(name, value.strip());
            }
        });
        this.environment = Map.copyOf(relevant);
    }

    /**
     * Why the variables cannot be used, naming variables only: the client's three go together, and the optional
     * refresh tokens need them; two variables with one value would make one refresh token shadow another.
     */
    public Optional<String> problem() {
        boolean anySet = CLIENT_VARIABLES.stream().anyMatch(this::isSet)
                || EXTRA_VARIABLES.stream().anyMatch(this::isSet);
        List<String> missing =
                CLIENT_VARIABLES.stream().filter(name -> !isSet(name)).toList();
        if (anySet && !missing.isEmpty()) {
            String given = Stream.concat(CLIENT_VARIABLES.stream(), EXTRA_VARIABLES.stream())
                    .filter(this::isSet)
                    .collect(Collectors.joining(", "));
            return Optional.of(
                    "emulator: " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                            + " not set, but " + given + (given.contains(",") ? " are" : " is") + ": set all of "
                            + String.join(", ", CLIENT_VARIABLES)
                            + " (the refresh-token variables need the client), or none of them to use the emulator's demo credentials");
        }
        Map<String, String> byValue = new LinkedHashMap<>();
        for (String name : Stream.concat(Stream.of(REFRESH_TOKEN), EXTRA_VARIABLES.stream())
                .toList()) {
            if (isSet(name)) {
                String earlier = byValue.putIfAbsent(environment.get(name), name);
                if (earlier != null) {
                    return Optional.of("emulator: " + earlier + " and " + name
                            + " have the same value: each refresh token must be different");
                }
            }
        }
        return Optional.empty();
    }

    /** Registers the environment's client and refresh tokens, or the demo ones; one line to print per registration. */
    public List<String> register(EmulatorControl control) {
        return isSet(CLIENT_ID) ? registerFromEnvironment(control) : registerDemo(control);
    }

    private List<String> registerFromEnvironment(EmulatorControl control) {
        String clientId = environment.get(CLIENT_ID);
        control.registerClient(clientId, environment.get(CLIENT_SECRET));
        List<String> lines = new ArrayList<>();
        lines.add("OAuth client from " + CLIENT_ID + " and " + CLIENT_SECRET);
        registerAll(
                control,
                clientId,
                Map.of(
                        REFRESH_TOKEN, environment.get(REFRESH_TOKEN),
                        LIMITED_SCOPE_REFRESH_TOKEN, environment.getOrDefault(LIMITED_SCOPE_REFRESH_TOKEN, ""),
                        RESTRICTED_USER_REFRESH_TOKEN, environment.getOrDefault(RESTRICTED_USER_REFRESH_TOKEN, ""),
                        UNPRIVILEGED_USER_REFRESH_TOKEN, environment.getOrDefault(UNPRIVILEGED_USER_REFRESH_TOKEN, "")),
                variable -> "Refresh token from " + variable,
                lines);
        SCOPE_VARIABLES.forEach((scope, variable) -> {
            if (isSet(variable)) {
                control.registerRefreshToken(
                        clientId, environment.get(variable), control.administrator(), List.of(scope));
                lines.add("Refresh token from " + variable + ": the administrator, scope " + scope);
            }
        });
        return lines;
    }

    private static List<String> registerDemo(EmulatorControl control) {
        control.registerClient(DemoCredentials.CLIENT_ID, DemoCredentials.CLIENT_SECRET);
        List<String> lines = new ArrayList<>();
        lines.add("Demo OAuth client (the emulator's own public values): client_id " + DemoCredentials.CLIENT_ID
                + ", client_secret " + DemoCredentials.CLIENT_SECRET);
        Map<String, String> demoTokens = Map.of(
                REFRESH_TOKEN, DemoCredentials.REFRESH_TOKEN,
                LIMITED_SCOPE_REFRESH_TOKEN, DEMO_LIMITED_SCOPE_REFRESH_TOKEN,
                RESTRICTED_USER_REFRESH_TOKEN, DEMO_RESTRICTED_USER_REFRESH_TOKEN,
                UNPRIVILEGED_USER_REFRESH_TOKEN, DEMO_UNPRIVILEGED_USER_REFRESH_TOKEN);
        registerAll(
                control,
                DemoCredentials.CLIENT_ID,
                demoTokens,
                variable -> "Demo refresh token " + demoTokens.get(variable),
                lines);
        return lines;
    }

    /** Registers each non-blank refresh token, keyed by its variable, in a fixed order; one line per token. */
    private static void registerAll(
            EmulatorControl control,
            String clientId,
            Map<String, String> tokens,
            Function<String, String> label,
            List<String> lines) {
        User administrator = control.administrator();
        control.registerRefreshToken(clientId, tokens.get(REFRESH_TOKEN), administrator, List.of(Scopes.ALL_MODULES));
        lines.add(label.apply(REFRESH_TOKEN) + ": the administrator, scope " + Scopes.ALL_MODULES);

        String token = tokens.get(LIMITED_SCOPE_REFRESH_TOKEN);
        if (!token.isBlank()) {
            control.registerRefreshToken(clientId, token, administrator, Persona.LIMITED_SCOPE.scopes());
            lines.add(label.apply(LIMITED_SCOPE_REFRESH_TOKEN)
                    + ": the administrator, scopes ZohoCRM.modules.{module}.READ and .CREATE"
                    + " on every module (no delink)");
        }
        token = tokens.get(RESTRICTED_USER_REFRESH_TOKEN);
        if (!token.isBlank()) {
            User restricted = control.addUser(NewUser.named("Restricted User").withoutDeletePermission());
            control.registerRefreshToken(clientId, token, restricted, List.of(Scopes.ALL_MODULES));
            lines.add(label.apply(RESTRICTED_USER_REFRESH_TOKEN) + ": user " + restricted.id()
                    + " without the permission to delete related records, scope " + Scopes.ALL_MODULES);
        }
        token = tokens.get(UNPRIVILEGED_USER_REFRESH_TOKEN);
        if (!token.isBlank()) {
            User unprivileged = control.addUser(
                    NewUser.named("Unprivileged User").withoutAccessTo(RELATED_MODULES.toArray(Module[]::new)));
            control.registerRefreshToken(clientId, token, unprivileged, List.of(Scopes.ALL_MODULES));
            lines.add(
                    label.apply(UNPRIVILEGED_USER_REFRESH_TOKEN) + ": user " + unprivileged.id() + " without access to "
                            + RELATED_MODULES.stream().map(Module::urlName).collect(Collectors.joining(", "))
                            + ", scope " + Scopes.ALL_MODULES);
        }
    }

    private boolean isSet(String name) {
        return environment.containsKey(name);
    }
}
