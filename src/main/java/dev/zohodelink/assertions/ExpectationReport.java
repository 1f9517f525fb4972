package dev.zohodelink.assertions;

import dev.zohodelink.client.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of one Then step's expectations in words: the failure that ends the scenario, or the observations
 * it records. Failures read "Expecting &lt;call&gt; &lt;step&gt; ... but Zoho answered HTTP &lt;status&gt; [&lt;code&gt;]",
 * which the report's categories match.
 */
public record ExpectationReport(
        String step, List<CheckedExpectation> checked, String call, Optional<ApiResponse> answer) {

    public Optional<String> failure() {
        if (checked.stream().noneMatch(c -> c.result() == CheckedExpectation.Result.FAILED)) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("\nExpecting ")
                .append(call == null ? "" : call + " ")
                .append(step)
                .append('\n');
        checked.forEach(c -> message.append(line(c)).append('\n'));
        answer.ifPresent(a -> message.append("but ")
                .append(summary(a))
                .append('\n')
                .append(a.body().isBlank() ? "(empty body)" : a.body()));
        return Optional.of(message.toString());
    }

    public Optional<String> observations() {
        List<CheckedExpectation> observed = checked.stream()
                .filter(c -> c.result() == CheckedExpectation.Result.OBSERVED)
                .toList();
        if (observed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(step + ": "
                + observed.stream()
                        .map(c -> c.expectation().describe() + "; observed " + c.actual())
                        .collect(Collectors.joining("; ")));
    }

    private static String line(CheckedExpectation c) {
        String mark = switch (c.result()) {
            case HELD -> "  held      ";
            case FAILED -> "  FAILED    ";
            case OBSERVED -> "  observed  ";
        };
        return mark
                + c.expectation().describe()
                + (c.result() == CheckedExpectation.Result.HELD ? "" : "; but it was " + c.actual());
    }

    /** "Zoho answered HTTP 400 INVALID_MODULE", or "Zoho answered HTTP 207 data[SUCCESS, INVALID_DATA]" for per-record answers. */
    public static String summary(ApiResponse response) {
        String answered = FailureMarker.ZOHO_ANSWERED.text() + response.status();
        if (response.code().isPresent()) {
            return answered + " " + response.code().get();
        }
        List<String> codes =
                response.items().stream().map(i -> i.code()).distinct().toList();
        return codes.isEmpty() ? answered : answered + " data" + codes;
    }
}
