package dev.zohodelink.targets;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.CreditBudget;
import dev.zohodelink.client.GovernedZohoCrmApi;
import dev.zohodelink.client.Progress;
import dev.zohodelink.client.RestAssuredZohoCrmApi;
import dev.zohodelink.client.Waiting;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.ControlPlane;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.control.NewUser;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.RouteKind;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.live.FixtureLedger;
import dev.zohodelink.live.RunMarker;
import dev.zohodelink.recording.ExchangeRecorder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A fresh emulator for one scenario, on a free loopback port. Every call of Zoho's API goes over HTTP, as on a real
 * org; users, tokens and faults, which are no part of Zoho's API, go straight to the emulator in this JVM.
 */
public final class EmulatorTarget implements Target {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final ApiVersion version;
    private final BehaviourProfile profile;
    private final EmulatorServer server;
    private final EmulatorControl control;
    private final ZohoCrmApi api;
    private final User administrator;
    private final AccessToken administratorToken;
    private final RunMarker marker = RunMarker.fresh();
    private final FixtureLedger ledger = new FixtureLedger();
    private final ApiUsage usage = new ApiUsage();
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private final FieldMetadata fieldMetadata;

    /** @param fieldMetadata shared by the run's emulators of this version (see {@link RunScope#emulatorFieldMetadata}) */
    public EmulatorTarget(
            ApiVersion version,
            BehaviourProfile profile,
            UnaryOperator<Function<EmulatorRequest, EmulatorResponse>> answers,
            FieldMetadata fieldMetadata) {
        this.version = version;
        this.profile = profile;
        this.fieldMetadata = fieldMetadata;
        Emulator emulator = new Emulator(profile);
        this.server = EmulatorServer.startOnSharedThreads(
                answers.apply(emulator), new ControlPlane(emulator), "127.0.0.1", 0);
        this.control = EmulatorControl.inProcess(emulator);
        this.api = new GovernedZohoCrmApi(
                new RestAssuredZohoCrmApi(server.baseUri(), version, List.of(recorder)),
                new Semaphore(Integer.MAX_VALUE),
                usage,
                CreditBudget.unlimited(),
                false,
                Waiting.sleeping(Progress.standardOutput()),
                recorder);
        this.administrator = control.administrator();
        this.administratorToken = token(administrator, List.of(Scopes.ALL_MODULES), TOKEN_LIFETIME);
    }

    @Override
    public String name() {
        return "emulator";
    }

    @Override
    public ApiVersion version() {
        return version;
    }

    @Override
    public BehaviourProfile profile() {
        return profile;
    }

    @Override
    public ZohoCrmApi api() {
        return api;
    }

    @Override
    public AccessToken administratorToken() {
        return administratorToken;
    }

    @Override
    public AccessToken tokenFor(Caller caller) {
        return switch (caller.kind()) {
            case PERSONA ->
                switch (caller.persona().orElseThrow()) {
                    case ADMINISTRATOR -> administratorToken;
                    case LIMITED_SCOPE -> token(administrator, Persona.LIMITED_SCOPE.scopes(), TOKEN_LIFETIME);
                    case RESTRICTED_USER ->
                        token(
                                control.addUser(
                                        NewUser.named("Profile Without Delete").withoutDeletePermission()),
                                Persona.RESTRICTED_USER.scopes(),
                                TOKEN_LIFETIME);
                    case UNPRIVILEGED_USER ->
                        token(
                                control.addUser(NewUser.named("Without Access")
                                        .withoutAccessTo(
                                                caller.withoutAccessTo().orElseThrow())),
                                Persona.UNPRIVILEGED_USER.scopes(),
                                TOKEN_LIFETIME);
                };
            case CUSTOM_SCOPES -> token(administrator, caller.scopes(), TOKEN_LIFETIME);
            case NO_TOKEN -> AccessToken.none();
            case UNKNOWN_TOKEN -> AccessToken.of(Caller.NEVER_ISSUED_TOKEN);
            case EXPIRED_TOKEN -> token(administrator, List.of(Scopes.ALL_MODULES), Duration.ZERO);
        };
    }

    private AccessToken token(User user, List<String> scopes, Duration lifetime) {
        return AccessToken.of(control.issueAccessToken(user, scopes, lifetime));
    }

    @Override
    public RunMarker marker() {
        return marker;
    }

    /** The emulator and its records go with the scenario, so the ledger is only counted, never cleaned. */
    @Override
    public FixtureLedger ledger() {
        return ledger;
    }

    /** Every fresh emulator of a version answers the same metadata, so the run reads it once, as on a live org. */
    @Override
    public FieldMetadata fieldMetadata() {
        return fieldMetadata;
    }

    @Override
    public ExchangeRecorder recorder() {
        return recorder;
    }

    @Override
    public ApiUsage usage() {
        return usage;
    }

    @Override
    public boolean canInjectFaults() {
        return true;
    }

    @Override
    public void failNextDelinkWith(ZohoError error) {
        control.injectFault(new Fault(RouteKind.DELINK, error, 1));
    }

    @Override
    public void close() {
        server.close();
    }
}
