package dev.zohodelink.recording;

import dev.zohodelink.client.RecordingMarks;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Keeps every request and response of a scenario, raw, for {@link Normaliser} and the report's log. Headers are not
 * kept. Exchanges that taught the run something it keeps for its other scenarios, and attempts a retry superseded,
 * stay in the log but leave the recording (see {@link #leaveOutOfRecordingFrom}).
 */
public final class ExchangeRecorder implements OrderedFilter, RecordingMarks {

    /** A request and response as sent and received, before normalisation. */
    public record RawExchange(
            String method, String rawPath, String rawQuery, String requestBody, int status, String responseBody) {}

    private final List<RawExchange> exchanges = new ArrayList<>();
    private final BitSet leftOut = new BitSet();

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        Object body = request.getBody();
        synchronized (exchanges) {
            exchanges.add(new RawExchange(
                    request.getMethod(),
                    uri.getRawPath(),
                    uri.getRawQuery(),
                    body == null ? null : body.toString(),
                    answer.statusCode(),
                    answer.asString()));
        }
        return answer;
    }

    /** Every exchange, in order. */
    public List<RawExchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** How many exchanges there are so far: the mark to give {@link #leaveOutOfRecordingFrom}. */
    @Override
    public int mark() {
        synchronized (exchanges) {
            return exchanges.size();
        }
    }

    /**
     * Leaves the exchanges from {@code mark} on out of the recording: they taught the run something it keeps for its
     * other scenarios (a field an org's layout requires), so only the scenario that happened to run first makes
     * them, as with the metadata reads the {@link Normaliser} leaves out; or a retry superseded them, which load and
     * timing decide, not Zoho's contract.
     */
    @Override
    public void leaveOutOfRecordingFrom(int mark) {
        synchronized (exchanges) {
            leftOut.set(mark, exchanges.size());
        }
    }

    /** The exchanges a recording holds: every one not left out, in order. */
    public List<RawExchange> recorded() {
        synchronized (exchanges) {
            List<RawExchange> recorded = new ArrayList<>();
            for (int i = 0; i < exchanges.size(); i++) {
                if (!leftOut.get(i)) {
                    recorded.add(exchanges.get(i));
                }
            }
            return recorded;
        }
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 1;
    }
}
