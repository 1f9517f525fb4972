package dev.zohodelink.recording;

import dev.zohodelink.client.RecordingMarks;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every request and response of a scenario, raw, for {@link Normaliser} and the report's log. Headers are not
 * kept. Exchanges that taught the run something it keeps for its other scenarios, and attempts a retry superseded,
 * stay in the log but leave the recording (see {@link #leaveOutOfRecordingFrom}).
 */
public final class ExchangeRecorder implements OrderedFilter, RecordingMarks {

    /**
     * A request and response as sent and received, before normalisation.
     *
     * @param leftOutBecause why the exchange is not in the recording, when it is not
     */
    public record RawExchange(
            String method,
            String rawPath,
            String rawQuery,
            String requestBody,
            int status,
            String responseBody,
            Optional<String> leftOutBecause) {

        /** An exchange the recording holds. */
        public RawExchange(
                String method, String rawPath, String rawQuery, String requestBody, int status, String responseBody) {
            this(method, rawPath, rawQuery, requestBody, status, responseBody, Optional.empty());
        }

        RawExchange leftOut(String why) {
            return new RawExchange(method, rawPath, rawQuery, requestBody, status, responseBody, Optional.of(why));
        }
    }

    private final List<RawExchange> exchanges = new ArrayList<>();

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
     * timing decide, not Zoho's contract. An exchange already left out keeps its first reason.
     */
    @Override
    public void leaveOutOfRecordingFrom(int mark, String why) {
        synchronized (exchanges) {
            for (int i = mark; i < exchanges.size(); i++) {
                if (exchanges.get(i).leftOutBecause().isEmpty()) {
                    exchanges.set(i, exchanges.get(i).leftOut(why));
                }
            }
        }
    }

    /** The exchanges a recording holds: every one not left out, in order. */
    public List<RawExchange> recorded() {
        synchronized (exchanges) {
            return exchanges.stream()
                    .filter(exchange -> exchange.leftOutBecause().isEmpty())
                    .toList();
        }
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 1;
    }
}
