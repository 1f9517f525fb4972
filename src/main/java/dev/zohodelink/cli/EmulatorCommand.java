package dev.zohodelink.cli;

import dev.zohodelink.config.ScopeRefreshTokens;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.DemoCredentials;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.emulator.seed.SeedException;
import dev.zohodelink.emulator.seed.SeedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the emulator as its own process until it is stopped (Ctrl-C or SIGTERM).
 *
 * <p>Its token endpoint knows an OAuth client and refresh tokens, so the suite's live mode can run against it:
 * those of {@value #CLIENT_ID}, {@value #CLIENT_SECRET} and the administrator's refresh token (and the optional
 * refresh tokens of the other {@link Persona}s and the per-scope {@link ScopeRefreshTokens} variables) when they are set,
 * otherwise the emulator's own public demo values.
 * Values from the environment are never printed, only the variables' names. Values are stripped, as the suite
 * reads them; a blank variable counts as unset.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Serve the emulated Zoho CRM API on loopback, with its control plane under /__emulator.")
final class EmulatorCommand implements Callable<Integer> {

    static final String CLIENT_ID = "ZOHO_CLIENT_ID";
    static final String CLIENT_SECRET = "ZOHO_CLIENT_SECRET";
    static final String REFRESH_TOKEN = Persona.ADMINISTRATOR.refreshTokenVariable();
    static final String LIMITED_SCOPE_REFRESH_TOKEN = Persona.LIMITED_SCOPE.refreshTokenVariable();
    static final String RESTRICTED_USER_REFRESH_TOKEN = Persona.RESTRICTED_USER.refreshTokenVariable();
    static final String UNPRIVILEGED_USER_REFRESH_TOKEN = Persona.UNPRIVILEGED_USER.refreshTokenVariable();

    /** The emulator's own credentials, public and documented in the README: they open nothing but this emulator. */
    static final String DEMO_CLIENT_ID = DemoCredentials.CLIENT_ID;
    static final String DEMO_CLIENT_SECRET = DemoCredentials.CLIENT_SECRET;
    static final String DEMO_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.ADMINISTRATOR);
    static final String DEMO_LIMITED_SCOPE_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.LIMITED_SCOPE);
    static final String DEMO_RESTRICTED_USER_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.RESTRICTED_USER);
    static final String DEMO_UNPRIVILEGED_USER_REFRESH_TOKEN = DemoCredentials.refreshToken(Persona.UNPRIVILEGED_USER);

    private static final List<String> CLIENT_VARIABLES = List.of(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN);
    private static final Map<String, String> SCOPE_VARIABLES = ScopeRefreshTokens.variablesByScope();
    private static final List<String> EXTRA_VARIABLES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(LIMITED_SCOPE_REFRESH_TOKEN, RESTRICTED_USER_REFRESH_TOKEN, UNPRIVILEGED_USER_REFRESH_TOKEN),
            SCOPE_VARIABLES.values().stream()).toList();

    /** The modules the related lists of the documented relations point at; the unprivileged user may see none of them. */
    static final Set<Module> RELATED_MODULES = orderedSet(Module.CONTACTS, Module.LEADS, Module.ACCOUNTS, Module.DEALS, Module.PRICE_BOOKS, Module.SERVICES);

    /** Blocks until the emulator should stop; the server is closed after it returns. */
    @FunctionalInterface
    interface StopSignal {
        void await(EmulatorServer server) throws InterruptedException;
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}). Anything but loopback exposes the emulator to the network.",
            defaultValue = "127.0.0.1")
    private String host;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    private int port;

    @Option(names = "--profile", description = "Behaviour where Zoho does not document it, e.g. best-evidence or best-evidence,mixed=200 (default: ${DEFAULT-VALUE}).",
            defaultValue = BehaviourProfile.DEFAULT_SPEC)
    private String profile;

    @Option(names = "--seed", paramLabel = "FILE",
            description = "JSON file of users, OAuth clients, refresh tokens, access tokens, records and relations to load at start (format in the README).")
    private Path seed;

    private final Map<String, String> environment;
    private final StopSignal untilStopped;

    EmulatorCommand() {
        this(System.getenv(), EmulatorCommand::untilShutdown);
    }

    EmulatorCommand(Map<String, String> environment, StopSignal untilStopped) {
        // as the suite reads them (config.Settings): stripped, a blank one counts as unset
        Map<String, String> relevant = new LinkedHashMap<>();
        java.util.stream.Stream.concat(CLIENT_VARIABLES.stream(), EXTRA_VARIABLES.stream()).forEach(name -> {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                relevant.put(name, value.strip());
            }
        });
        this.environment = Map.copyOf(relevant);
        this.untilStopped = untilStopped;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        BehaviourProfile behaviour;
        try {
            behaviour = BehaviourProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = credentialProblem();
        if (problem.isPresent()) {
            err.println(problem.get());
            err.flush();
            return 2;
        }
        Emulator emulator = new Emulator(behaviour);
        List<String> oauthLines = isSet(CLIENT_ID) ? registerFromEnvironment(emulator) : registerDemo(emulator);
        Optional<SeedFile.Result> seeded;
        try {
            seeded = seed == null ? Optional.empty() : Optional.of(SeedFile.load(Files.readAllBytes(seed), emulator));
        } catch (IOException | SeedException e) {
            err.println("emulator: --seed " + seed + ": " + readProblem(e));
            err.flush();
            return 2;
        }
        String demoToken = emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofDays(365));
        EmulatorServer server;
        try {
            server = EmulatorServer.start(emulator, host, port);
        } catch (IllegalStateException e) {
            err.println("emulator: " + e.getMessage());
            err.flush();
            return 2;
        }
        try (server) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Zoho CRM emulator listening on " + server.baseUri() + " (profile " + behaviour.name() + ")");
            out.println("API:           " + server.baseUri() + "/crm/{v2.1|v7|v8}/...");
            out.println("Control plane: " + server.baseUri() + "/__emulator/health");
            out.println("Demo access token of the emulator's administrator, scope ZohoCRM.modules.ALL (valid for this process only):");
            out.println("  " + demoToken);
            out.println("Token URL:     " + server.baseUri() + "/oauth/v2/token");
            oauthLines.forEach(out::println);
            seeded.ifPresent(result -> out.println("Seeded from " + seed + ": " + result.summary()));
            out.flush();
            untilStopped.await(server);
        }
        return 0;
    }

    /**
     * Why the OAuth variables cannot be used, naming variables only: the client's three go together, and the
     * optional refresh tokens need them; two variables with one value would make one refresh token shadow another.
     */
    private Optional<String> credentialProblem() {
        boolean anySet = CLIENT_VARIABLES.stream().anyMatch(this::isSet) || EXTRA_VARIABLES.stream().anyMatch(this::isSet);
        List<String> missing = CLIENT_VARIABLES.stream().filter(name -> !isSet(name)).toList();
        if (anySet && !missing.isEmpty()) {
            String given = java.util.stream.Stream.concat(CLIENT_VARIABLES.stream(), EXTRA_VARIABLES.stream())
                    .filter(this::isSet).collect(Collectors.joining(", "));
            return Optional.of("emulator: " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set, but " + given + (given.contains(",") ? " are" : " is") + ": set all of " + String.join(", ", CLIENT_VARIABLES)
                    + " (the refresh-token variables need the client), or none of them to use the emulator's demo credentials");
        }
        Map<String, String> byValue = new LinkedHashMap<>();
        for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(REFRESH_TOKEN), EXTRA_VARIABLES.stream()).toList()) {
            if (isSet(name)) {
                String earlier = byValue.putIfAbsent(environment.get(name), name);
                if (earlier != null) {
                    return Optional.of("emulator: " + earlier + " and " + name + " have the same value: each refresh token must be different");
                }
            }
        }
        return Optional.empty();
    }

    private static String readProblem(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e instanceof IOException ? "cannot read it (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }

    private List<String> registerFromEnvironment(Emulator emulator) {
        String clientId = environment.get(CLIENT_ID);
        emulator.registerClient(clientId, environment.get(CLIENT_SECRET));
        List<String> lines = new ArrayList<>();
        lines.add("OAuth client from " + CLIENT_ID + " and " + CLIENT_SECRET);
        registerAll(emulator, clientId, Map.of(
                        REFRESH_TOKEN, environment.get(REFRESH_TOKEN),
                        LIMITED_SCOPE_REFRESH_TOKEN, environment.getOrDefault(LIMITED_SCOPE_REFRESH_TOKEN, ""),
                        RESTRICTED_USER_REFRESH_TOKEN, environment.getOrDefault(RESTRICTED_USER_REFRESH_TOKEN, ""),
                        UNPRIVILEGED_USER_REFRESH_TOKEN, environment.getOrDefault(UNPRIVILEGED_USER_REFRESH_TOKEN, "")),
                variable -> "Refresh token from " + variable, lines);
        SCOPE_VARIABLES.forEach((scope, variable) -> {
            if (isSet(variable)) {
                emulator.registerRefreshToken(clientId, environment.get(variable), emulator.administrator(), List.of(scope));
                lines.add("Refresh token from " + variable + ": the administrator, scope " + scope);
            }
        });
        return lines;
    }

    private static List<String> registerDemo(Emulator emulator) {
        emulator.registerClient(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
        List<String> lines = new ArrayList<>();
        lines.add("Demo OAuth client (the emulator's own public values): client_id " + DEMO_CLIENT_ID + ", client_secret " + DEMO_CLIENT_SECRET);
        Map<String, String> demoTokens = Map.of(
                REFRESH_TOKEN, DEMO_REFRESH_TOKEN,
                LIMITED_SCOPE_REFRESH_TOKEN, DEMO_LIMITED_SCOPE_REFRESH_TOKEN,
                RESTRICTED_USER_REFRESH_TOKEN, DEMO_RESTRICTED_USER_REFRESH_TOKEN,
                UNPRIVILEGED_USER_REFRESH_TOKEN, DEMO_UNPRIVILEGED_USER_REFRESH_TOKEN);
        registerAll(emulator, DEMO_CLIENT_ID, demoTokens, variable -> "Demo refresh token " + demoTokens.get(variable), lines);
        return lines;
    }

    /** Registers each non-blank refresh token, keyed by its variable, in a fixed order; one line per token. */
    private static void registerAll(Emulator emulator, String clientId, Map<String, String> tokens,
                                    java.util.function.Function<String, String> label, List<String> lines) {
        String token = tokens.get(REFRESH_TOKEN);
        emulator.registerRefreshToken(clientId, token, emulator.administrator(), List.of(Scopes.ALL_MODULES));
        lines.add(label.apply(REFRESH_TOKEN) + ": the administrator, scope " + Scopes.ALL_MODULES);

        token = tokens.get(LIMITED_SCOPE_REFRESH_TOKEN);
        if (!token.isBlank()) {
            emulator.registerRefreshToken(clientId, token, emulator.administrator(), Persona.LIMITED_SCOPE.scopes());
            lines.add(label.apply(LIMITED_SCOPE_REFRESH_TOKEN) + ": the administrator, scopes ZohoCRM.modules.{module}.READ and .CREATE"
                    + " on every module (no delink)");
        }
        token = tokens.get(RESTRICTED_USER_REFRESH_TOKEN);
        if (!token.isBlank()) {
            User restricted = emulator.addUser("Restricted User", Persona.RESTRICTED_USER.mayDeleteRelatedRecords(), Set.of());
            emulator.registerRefreshToken(clientId, token, restricted, List.of(Scopes.ALL_MODULES));
            lines.add(label.apply(RESTRICTED_USER_REFRESH_TOKEN) + ": user " + restricted.id()
                    + " without the permission to delete related records, scope " + Scopes.ALL_MODULES);
        }
        token = tokens.get(UNPRIVILEGED_USER_REFRESH_TOKEN);
        if (!token.isBlank()) {
            User unprivileged = emulator.addUser("Unprivileged User", true, RELATED_MODULES);
            emulator.registerRefreshToken(clientId, token, unprivileged, List.of(Scopes.ALL_MODULES));
            lines.add(label.apply(UNPRIVILEGED_USER_REFRESH_TOKEN) + ": user " + unprivileged.id() + " without access to "
                    + RELATED_MODULES.stream().map(Module::urlName).collect(Collectors.joining(", ")) + ", scope " + Scopes.ALL_MODULES);
        }
    }

    private boolean isSet(String name) {
        return environment.containsKey(name);
    }

    private static void untilShutdown(EmulatorServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "zoho-emulator-shutdown"));
        stopped.await();
    }

    private static Set<Module> orderedSet(Module... modules) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(modules)));
    }
}
