package dev.zohodelink.live;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiRequest;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FixtureCleanerTest {

    private static final AccessToken TOKEN = AccessToken.of("1000.cleanup.token");

    private final FixtureLedger ledger = new FixtureLedger();

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(Integer::toString).toList();
    }

    private static ApiResponse deleted(List<String> ids, Set<String> failing, Set<String> alreadyGone) {
        String data = ids.stream()
                .map(id -> {
                    if (failing.contains(id)) {
                        return "{\"code\":\"NO_PERMISSION\",\"details\":{\"id\":\"" + id
                                + "\"},\"message\":\"permission denied\",\"status\":\"error\"}";
                    }
                    if (alreadyGone.contains(id)) {
                        return "{\"code\":\"INVALID_DATA\",\"details\":{\"id\":\"" + id
                                + "\"},\"message\":\"record not deleted\",\"status\":\"error\"}";
                    }
                    return "{\"code\":\"SUCCESS\",\"details\":{\"id\":\"" + id
                            + "\"},\"message\":\"record deleted\",\"status\":\"success\"}";
                })
                .collect(Collectors.joining(","));
        return new ApiResponse("DELETE", "/crm/v7/Leads", 200, "{\"data\":[" + data + "]}", Map.of());
    }

    @Test
    void deletes_in_batches_of_one_hundred_and_marks_the_records_gone() {
        // GIVEN 250 leads and 3 deals in the ledger
        List<String> leads = ids(0, 250);
        leads.forEach(id -> ledger.created(Module.LEADS, id));
        ids(1000, 1003).forEach(id -> ledger.created(Module.DEALS, id));
        DeletingApi api = new DeletingApi(batch -> deleted(batch, Set.of(), Set.of()));

        // WHEN
        long count = new FixtureCleaner(api, TOKEN, ledger).delete(ledger.outstanding());

        // THEN
        then(api.batchSizes()).containsExactly(100, 100, 50, 3);
        then(count).isEqualTo(253);
        then(ledger.outstanding()).isEmpty();
        then(ledger.outstandingCount()).isZero();
    }

    @Test
    void the_calls_to_delete_a_modules_records_are_the_batches_the_cleaner_sends() {
        // GIVEN 250, 101, 100 and 1 records of four modules
        Map<Module, Integer> counts =
                Map.of(Module.LEADS, 250, Module.DEALS, 101, Module.CONTACTS, 100, Module.ACCOUNTS, 1);
        counts.forEach((module, count) -> ids(0, count).forEach(id -> ledger.created(module, module + id)));
        DeletingApi api = new DeletingApi(batch -> deleted(batch, Set.of(), Set.of()));

        // WHEN
        new FixtureCleaner(api, TOKEN, ledger).delete(ledger.outstanding());

        // THEN 3 + 2 + 1 + 1 calls, as the arithmetic says module by module
        then(counts.values().stream().mapToLong(FixtureCleaner::callsToDelete).sum())
                .isEqualTo(api.batchSizes().size())
                .isEqualTo(7);
        then(FixtureCleaner.callsToDelete(0)).isZero();
    }

    @Test
    void keeps_what_zoho_would_not_delete_and_counts_what_was_already_gone() {
        // GIVEN
        ids(0, 4).forEach(id -> ledger.created(Module.LEADS, id));
        DeletingApi api = new DeletingApi(batch -> deleted(batch, Set.of("1"), Set.of("2")));

        // WHEN
        long count = new FixtureCleaner(api, TOKEN, ledger).delete(ledger.outstanding());

        // THEN record 1 stays outstanding
        then(count).isEqualTo(3);
        then(ledger.outstanding()).isEqualTo(Map.of(Module.LEADS, List.of("1")));
    }

    @Test
    void never_throws_and_keeps_the_records_of_a_failed_batch() {
        // GIVEN the first batch fails with an exception, the second answers 500 without data
        ids(0, 150).forEach(id -> ledger.created(Module.LEADS, id));
        List<Function<List<String>, ApiResponse>> answers = new ArrayList<>(List.of(
                batch -> {
                    throw new IllegalStateException("connection reset");
                },
                batch -> new ApiResponse("DELETE", "/crm/v7/Leads", 500, "{\"code\":\"INTERNAL_ERROR\"}", Map.of())));
        DeletingApi api = new DeletingApi(batch -> answers.remove(0).apply(batch));

        // WHEN
        long count = new FixtureCleaner(api, TOKEN, ledger).delete(ledger.outstanding());

        // THEN
        then(count).isZero();
        then(api.batchSizes()).containsExactly(100, 50);
        then(ledger.outstandingCount()).isEqualTo(150);
    }

    /** Answers Delete Records through a function of the batch and records the batches. */
    private static final class DeletingApi implements ZohoCrmApi {

        private final Function<List<String>, ApiResponse> answer;
        private final Map<Integer, List<String>> batches = new LinkedHashMap<>();

        DeletingApi(Function<List<String>, ApiResponse> answer) {
            this.answer = answer;
        }

        List<Integer> batchSizes() {
            return batches.values().stream().map(List::size).toList();
        }

        @Override
        public ApiResponse exchange(ApiRequest request) {
            if (request.endpoint() != ApiRequest.Endpoint.DELETE_RECORDS) {
                throw new AssertionError("cleanup only deletes, but it called " + request.endpoint());
            }
            List<String> ids = List.of(request.query().get(0).wireValue().split(","));
            batches.put(batches.size(), ids);
            return answer.apply(ids);
        }
    }
}
