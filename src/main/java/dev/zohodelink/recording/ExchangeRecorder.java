package dev.zohodelink.recording;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Keeps every request and response of a scenario, raw, for {@link Normaliser}. Headers are not kept. */
public final class ExchangeRecorder implements OrderedFilter {

    /** A request and response as sent and received, before normalisation. */
    public record RawExchange(
            String method, String rawPath, String rawQuery, String requestBody, int status, String responseBody) {}

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

    public List<RawExchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 1;
    }
}
