package dev.zohodelink.bench;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.recording.ExchangeRecorder.RawExchange;
import java.util.List;

/**
 * What one scenario of a benchmark pass sent and how long its calls took at the client seam.
 *
 * @param exchanges every call as sent, in order, with the status it got
 * @param calls the calls the scenario's client counted (retries included)
 * @param clientNanos the time the steps spent inside those calls
 */
public record CapturedScenario(BehaviourProfile profile, List<RawExchange> exchanges, long calls, long clientNanos) {

    public CapturedScenario {
        exchanges = List.copyOf(exchanges);
    }
}
