package dev.zohodelink.targets;


import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.CreditBudget;
import dev.zohodelink.client.GovernedZohoCrmApi;
import dev.zohodelink.client.Progress;
import dev.zohodelink.client.Waiting;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.live.FixtureLedger;
import dev.zohodelink.live.RunMarker;
import dev.zohodelink.recording.ExchangeRecorder;
import java.util.concurrent.Semaphore;
import dev.zohodelink.client.RestAssuredZohoCrmApi;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.ControlPlane;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;

/**
 * A fresh emulator for one scenario, on a free loopback port. Users, tokens and faults go through the control
 * plane over HTTP; everything else through Zoho's API, as on a real org.
 */
public final class EmulatorTarget implements Target {

    private final ApiVersion version;
    private final BehaviourProfile profile;
    private final EmulatorServer server;
    private final ControlPlaneClient controlPlane;
    private final ZohoCrmApi api;
    private final AccessToken administratorToken;
    private final RunMarker marker = RunMarker.fresh();
    private final FixtureLedger ledger = new FixtureLedger();
    private final ApiUsage usage = new ApiUsage();
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private final FieldMetadata fieldMetadata = new FieldMetadata();

    public EmulatorTarget(ApiVersion version, BehaviourProfile profile, UnaryOperator<Function<EmulatorRequest, EmulatorResponse>> answers) {
        this.version = version;
        this.profile = profile;
        Emulator emulator = new Emulator(profile);
        this.server = EmulatorServer.start(answers.apply(emulator), new ControlPlane(emulator), "127.0.0.1", 0);
        this.controlPlane = new ControlPlaneClient(server.baseUri());
        this.api = new GovernedZohoCrmApi(new RestAssuredZohoCrmApi(server.baseUri(), version, List.of(recorder)),
                new Semaphore(Integer.MAX_VALUE), usage, CreditBudget.unlimited(), false, Waiting.sleeping(Progress.standardOutput()));
        this.administratorToken = AccessToken.of(controlPlane.issueToken(Map.of("scopes", List.of(Scopes.ALL_MODULES))));
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
            case PERSONA -> switch (caller.persona().orElseThrow()) {
                case ADMINISTRATOR -> administratorToken;
                case LIMITED_SCOPE -> token(null, Persona.LIMITED_SCOPE.scopes(), 3600);
                case RESTRICTED_USER -> token(controlPlane.addUser(Map.of("name", "Profile Without Delete",
                        "may_delete_related_records", Persona.RESTRICTED_USER.mayDeleteRelatedRecords())), Persona.RESTRICTED_USER.scopes(), 3600);
                case UNPRIVILEGED_USER -> token(controlPlane.addUser(Map.of("name", "Without Access",
                        "without_access_to", List.of(caller.withoutAccessTo().orElseThrow().urlName()))), Persona.UNPRIVILEGED_USER.scopes(), 3600);
            };
            case CUSTOM_SCOPES -> token(null, caller.scopes(), 3600);
            case NO_TOKEN -> AccessToken.none();
            case UNKNOWN_TOKEN -> AccessToken.of(Caller.NEVER_ISSUED_TOKEN);
            case EXPIRED_TOKEN -> token(null, List.of(Scopes.ALL_MODULES), 0);
        };
    }

    private AccessToken token(String userId, List<String> scopes, int expiresIn) {
        Map<String, Object> request = new java.util.HashMap<>();
        request.put("scopes", scopes);
        request.put("expires_in", expiresIn);
        if (userId != null) {
            request.put("user_id", userId);
        }
        return AccessToken.of(controlPlane.issueToken(request));
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

    /** A fresh emulator per scenario is a fresh org, so its metadata is read afresh. */
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
        controlPlane.post(ControlPlane.FAULTS, Map.of("route", "delink", "error", error.name(), "times", 1));
    }

    @Override
    public void close() {
        server.close();
    }
}
