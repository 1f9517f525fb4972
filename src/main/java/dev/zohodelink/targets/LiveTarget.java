package dev.zohodelink.targets;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.RefreshTokenGrant;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.config.ScopeRefreshTokens;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.live.FixtureLedger;
import dev.zohodelink.live.LiveSession;
import dev.zohodelink.live.RunMarker;
import dev.zohodelink.recording.ExchangeRecorder;
import java.util.List;
import java.util.Optional;

/**
 * A real Zoho CRM org, usually a sandbox, for one scenario. Shares the run's {@link LiveSession} (tokens, limiter,
 * credits, and the ledger through which the run deletes every record it created).
 */
public final class LiveTarget implements Target {

    private final LiveSession session;
    private final BehaviourProfile profile;
    private final ApiUsage usage;
    private final FixtureLedger ledger;
    private final ZohoCrmApi api;
    private final ExchangeRecorder recorder = new ExchangeRecorder();

    public LiveTarget(LiveSession session, BehaviourProfile profile) {
        this.session = session;
        this.profile = profile;
        this.usage = session.usage().child();
        this.ledger = session.ledger().child();
        this.api = session.api(usage, List.of(recorder), recorder);
    }

    @Override
    public String name() {
        return "live";
    }

    @Override
    public ApiVersion version() {
        return session.version();
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
        return session.administrator().accessToken();
    }

    @Override
    public AccessToken tokenFor(Caller caller) {
        return switch (caller.kind()) {
            case PERSONA -> tokenOf(caller.persona().orElseThrow());
            case NO_TOKEN -> AccessToken.none();
            case UNKNOWN_TOKEN -> AccessToken.of(Caller.NEVER_ISSUED_TOKEN);
            case CUSTOM_SCOPES -> withOnlyScope(caller.scopes());
            case EXPIRED_TOKEN ->
                throw new CallerUnavailable("a live org cannot be asked for an expired token on demand");
        };
    }

    private AccessToken tokenOf(Persona persona) {
        return token(session.grant(persona), persona.refreshTokenVariable(), persona.description());
    }

    /** A live org issues tokens of any scope set only through refresh tokens minted for it: one per scope here. */
    private AccessToken withOnlyScope(List<String> scopes) {
        if (scopes.size() != 1) {
            throw new CallerUnavailable("not proven on a live org: a token with the scopes " + scopes
                    + " can only be minted by the emulator");
        }
        String scope = scopes.get(0);
        return token(
                session.scopeGrant(scope), ScopeRefreshTokens.variable(scope), "a token whose only scope is " + scope);
    }

    private static AccessToken token(Optional<RefreshTokenGrant> grant, String variable, String who) {
        return grant.map(RefreshTokenGrant::accessToken)
                .orElseThrow(
                        () -> new CallerUnavailable("not proven on a live org: needs " + who + ": set " + variable));
    }

    @Override
    public RunMarker marker() {
        return session.marker();
    }

    @Override
    public FixtureLedger ledger() {
        return ledger;
    }

    @Override
    public FieldMetadata fieldMetadata() {
        return session.fieldMetadata();
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
        return false;
    }

    @Override
    public void failNextDelinkWith(ZohoError error) {
        throw new UnsupportedOperationException("faults can only be injected into the emulator");
    }

    /**
     * Leaves the scenario's records to the run, which deletes them in bulk (100 ids per call) when it ends, pass or
     * fail, or in its shutdown hook; the records are the scenario's own, so no other scenario sees them meanwhile.
     */
    @Override
    public void close() {}
}
