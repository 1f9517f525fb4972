package dev.zohodelink.targets;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.live.FixtureLedger;
import dev.zohodelink.live.RunMarker;
import dev.zohodelink.recording.ExchangeRecorder;

/**
 * The system under test, as the steps see it: Zoho's API, the tokens of the callers a scenario needs, and the
 * emulator-only powers. Steps never reach the system any other way, so the same features run on every target.
 */
public interface Target extends AutoCloseable {

    String name();

    ApiVersion version();

    /** What the target is expected to do where Zoho does not document it. */
    BehaviourProfile profile();

    ZohoCrmApi api();

    /** The token of the user that creates, links and observes fixtures: full module scope. */
    AccessToken administratorToken();

    /** A token standing for the caller; throws {@link CallerUnavailable} when this target cannot provide one. */
    AccessToken tokenFor(Caller caller);

    /** The run's record-name marker, so leftovers can be found by {@code sweep}. */
    RunMarker marker();

    /** The records this scenario created and deleted; on a live org the run deletes what is outstanding, in bulk, when it ends. */
    FixtureLedger ledger();

    /** The org's fields metadata and current user, read once per run (and version on the emulator, whose fresh orgs all answer alike). */
    FieldMetadata fieldMetadata();

    /** Every request and response of this scenario, for its recording. */
    ExchangeRecorder recorder();

    /** Calls, credits and retries of this scenario. */
    ApiUsage usage();

    /** Whether faults can be injected, which only an emulator allows. */
    boolean canInjectFaults();

    /** Makes the next call of the delink route fail with the error. */
    void failNextDelinkWith(ZohoError error);

    @Override
    void close();

    /** Thrown when a scenario needs a caller the target cannot provide; the scenario is skipped with the message. */
    final class CallerUnavailable extends RuntimeException {
        public CallerUnavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
