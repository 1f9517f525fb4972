package dev.zohodelink.client;

import static dev.zohodelink.client.ApiRequest.Endpoint.*;
import static org.assertj.core.api.BDDAssertions.entry;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.client.ApiRequest.Endpoint;
import dev.zohodelink.contract.Module;
import dev.zohodelink.testing.RecordedWaits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GovernedZohoCrmApiTest {

    private static final AccessToken TOKEN = AccessToken.of("1000.aaaa.bbbb");
    private static final DelinkRequest DELINK = DelinkRequest.single("Leads", "111", "Campaigns", "222");

    private final ScriptedApi fake = new ScriptedApi();
    private final RecordedWaits pauses = new RecordedWaits();
    private final ApiUsage usage = new ApiUsage();

    private GovernedZohoCrmApi governed() {
        return governed(CreditBudget.unlimited(), false);
    }

    private GovernedZohoCrmApi governed(CreditBudget budget, boolean cleanup) {
        return new GovernedZohoCrmApi(fake, new Semaphore(10), usage, budget, cleanup, pauses, RecordingMarks.none());
    }

    private static ApiResponse answer(int status) {
        return answer(status, Map.of());
    }

    private static ApiResponse answer(int status, Map<String, String> headers) {
        return new ApiResponse("GET", "/crm/v7/Leads/111", status, "{\"code\":\"C" + status + "\"}", headers);
    }

    private static ApiResponse tooManyRequests(String body) {
        return new ApiResponse("GET", "/crm/v7/Leads/111", 429, body, Map.of());
    }

    private static List<Map<String, Object>> records(int count) {
        return IntStream.range(0, count)
                .<Map<String, Object>>mapToObj(i -> Map.of("id", Integer.toString(i)))
                .toList();
    }

    /** Every call of the API, as one operation a scenario's step can make. */
    private static Stream<Arguments> fixtureCalls() {
        return Stream.of(
                call(INSERT_RECORDS, api -> api.insert(Module.LEADS, records(1), TOKEN)),
                call(UPDATE_RELATED_RECORDS, api -> api.link(Module.LEADS, "111", Module.CAMPAIGNS, records(1), TOKEN)),
                call(GET_RELATED_RECORDS, api -> api.relatedRecords(Module.LEADS, "111", Module.CAMPAIGNS, 1, TOKEN)),
                call(GET_RECORD, api -> api.record(Module.LEADS, "111", TOKEN)),
                call(DELETE_RECORDS, api -> api.deleteRecords(Module.LEADS, List.of("111"), TOKEN)),
                call(SEARCH_RECORDS, api -> api.search(Module.LEADS, "(Last_Name:starts_with:zdc-)", 1, TOKEN)));
    }

    private static Stream<Arguments> everyCall() {
        return Stream.concat(fixtureCalls(), Stream.of(call(DELINK_RELATED_RECORDS, api -> api.delink(DELINK, TOKEN))));
    }

    private static Arguments call(Endpoint endpoint, Call call) {
        return Arguments.of(endpoint, Named.of(endpoint.name(), call));
    }

    @FunctionalInterface
    interface Call {
        ApiResponse on(ZohoCrmApi api);
    }

    // --- 429 and backoff -------------------------------------------------------------------------------------

    @Test
    void retries_a_429_after_as_many_seconds_as_retry_after_says() {
        // GIVEN Zoho answers 429 with Retry-After: 7, then 200
        fake.answers(answer(429, Map.of("retry-after", "7")), answer(200));

        // WHEN
        ApiResponse response = governed().record(Module.LEADS, "111", TOKEN);

        // THEN the call was made again after a pause of 7 s, and the 200 is the answer
        then(response.status()).isEqualTo(200);
        then(fake.operations()).containsExactly(GET_RECORD, GET_RECORD);
        then(pauses.recorded()).containsExactly(Duration.ofSeconds(7));
        then(pauses.reasons()).containsExactly("HTTP 429 with Retry-After, attempt 1 of 5");
        then(usage.retries()).isEqualTo(1);
    }

    @Test
    void prints_one_progress_line_per_wait_with_its_reason_and_length() {
        // GIVEN the waiting of a real run, printing into a list
        List<String> lines = new ArrayList<>();
        Waiting sleeping = Waiting.sleeping(lines::add);

        // WHEN it pauses before a retry and reports a wait for the limiter
        sleeping.pause(Duration.ZERO, "HTTP 429 with Retry-After, attempt 1 of 5");
        sleeping.waited(Duration.ofMillis(1500), "every API slot was busy (ZOHO_CONCURRENCY)");

        // THEN one line each, with the reason and the length
        then(lines)
                .containsExactly(
                        "HTTP 429 with Retry-After, attempt 1 of 5: waiting 0 ms",
                        "every API slot was busy (ZOHO_CONCURRENCY): waited 1.5 s");
    }

    @Test
    void backs_off_one_two_four_eight_seconds_without_retry_after() {
        // GIVEN four 429s without Retry-After, then 200
        fake.answers(answer(429), answer(429), answer(429), answer(429), answer(200));

        // WHEN
        ApiResponse response = governed().record(Module.LEADS, "111", TOKEN);

        // THEN the pause doubles from 1 s
        then(response.status()).isEqualTo(200);
        then(pauses.recorded())
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        then(pauses.reasons())
                .containsExactly(
                        "HTTP 429, attempt 1 of 5",
                        "HTTP 429, attempt 2 of 5",
                        "HTTP 429, attempt 3 of 5",
                        "HTTP 429, attempt 4 of 5");
        then(fake.operations()).hasSize(5);
    }

    @Test
    void honours_a_long_retry_after_up_to_five_minutes() {
        // GIVEN Zoho asks for 120 s, then for an hour
        fake.answers(
                answer(429, Map.of("retry-after", "120")), answer(429, Map.of("retry-after", "3600")), answer(200));

        // WHEN
        governed().record(Module.LEADS, "111", TOKEN);

        // THEN 120 s as asked, then capped at 5 minutes
        then(pauses.recorded()).containsExactly(Duration.ofSeconds(120), Duration.ofMinutes(5));
    }

    @Test
    void falls_back_to_the_backoff_when_retry_after_is_not_a_number_of_seconds() {
        // GIVEN an HTTP-date Retry-After, then a 429 with Retry-After: 3
        fake.answers(
                answer(429, Map.of("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")),
                answer(429, Map.of("retry-after", "3")),
                answer(200));

        // WHEN
        governed().record(Module.LEADS, "111", TOKEN);

        // THEN the first pause is the first backoff, the second honours the header
        then(pauses.recorded()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @Test
    void gives_up_after_max_attempts_and_returns_the_last_answer() {
        // GIVEN more 429s than attempts, each with its own body, and a 200 that must never be fetched
        List<ApiResponse> script = new ArrayList<>();
        for (int attempt = 1; attempt <= GovernedZohoCrmApi.MAX_ATTEMPTS + 1; attempt++) {
            script.add(tooManyRequests("{\"code\":\"TOO_MANY_REQUESTS\",\"attempt\":" + attempt + "}"));
        }
        script.add(answer(200));
        fake.answers(script.toArray());

        // WHEN
        ApiResponse response = governed().record(Module.LEADS, "111", TOKEN);

        // THEN exactly MAX_ATTEMPTS calls, MAX_ATTEMPTS - 1 pauses, and the answer of the last attempt
        then(response.status()).isEqualTo(429);
        then(response.json().orElseThrow().get("attempt").asInt()).isEqualTo(GovernedZohoCrmApi.MAX_ATTEMPTS);
        then(fake.operations()).hasSize(GovernedZohoCrmApi.MAX_ATTEMPTS);
        then(pauses.recorded()).hasSize(GovernedZohoCrmApi.MAX_ATTEMPTS - 1);
        then(usage.retries()).isEqualTo(GovernedZohoCrmApi.MAX_ATTEMPTS - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    void retries_a_429_of_every_call_including_delink(Endpoint operation, Call call) {
        // GIVEN
        fake.answers(answer(429), answer(200));

        // WHEN
        ApiResponse response = call.on(governed());

        // THEN
        then(response.status()).isEqualTo(200);
        then(fake.operations()).containsExactly(operation, operation);
    }

    // --- 5xx --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureCalls")
    void retries_server_errors_of_fixture_calls(Endpoint operation, Call call) {
        // GIVEN 500, then 503, then 200
        fake.answers(answer(500), answer(503), answer(200));

        // WHEN
        ApiResponse response = call.on(governed());

        // THEN
        then(response.status()).isEqualTo(200);
        then(fake.operations()).containsExactly(operation, operation, operation);
        then(pauses.recorded()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void never_retries_a_server_error_of_delink_because_a_scenario_asserts_it(int status) {
        // GIVEN the delink call fails with a 5xx; a 200 follows that must not be fetched
        fake.answers(answer(status), answer(200));

        // WHEN
        ApiResponse response = governed().delink(DELINK, TOKEN);

        // THEN the 5xx is the answer, unretried
        then(response.status()).isEqualTo(status);
        then(fake.operations()).containsExactly(DELINK_RELATED_RECORDS);
        then(pauses.recorded()).isEmpty();
        then(usage.retries()).isZero();
    }

    // --- 4xx --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 413})
    void never_retries_a_client_error_other_than_429(int status) {
        // GIVEN a 4xx, then a 200 that must not be fetched
        fake.answers(answer(status), answer(200));

        // WHEN
        ApiResponse response = governed().record(Module.LEADS, "111", TOKEN);

        // THEN
        then(response.status()).isEqualTo(status);
        then(fake.operations()).hasSize(1);
        then(pauses.recorded()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    void never_retries_a_client_error_of_any_call(Endpoint operation, Call call) {
        // GIVEN
        fake.answers(answer(400), answer(200));

        // WHEN
        ApiResponse response = call.on(governed());

        // THEN
        then(response.status()).isEqualTo(400);
        then(fake.operations()).containsExactly(operation);
    }

    // --- exceptions -------------------------------------------------------------------------------------------

    @Test
    void retries_an_exception_caused_by_an_io_failure() {
        // GIVEN a timeout wrapped in an unchecked exception, then a refused connection wrapped twice, then 200
        fake.answers(
                failing(new RuntimeException(new SocketTimeoutException("read timed out"))),
                failing(new IllegalStateException(new UncheckedIOException(new ConnectException("refused")))),
                answer(200));

        // WHEN
        ApiResponse response = governed().record(Module.LEADS, "111", TOKEN);

        // THEN
        then(response.status()).isEqualTo(200);
        then(fake.operations()).hasSize(3);
        then(pauses.recorded()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        then(usage.retries()).isEqualTo(2);
    }

    @Test
    void retries_a_checked_io_exception_thrown_undeclared_as_rest_assured_throws_a_dropped_connection() {
        // GIVEN the server closed the connection without an answer, then 200
        fake.answers(dropped(), answer(200));

        // WHEN
        ApiResponse response = governed().record(Module.LEADS, "111", TOKEN);

        // THEN
        then(response.status()).isEqualTo(200);
        then(fake.operations()).containsExactly(GET_RECORD, GET_RECORD);
        then(usage.retries()).isEqualTo(1);
    }

    @Test
    void does_not_repeat_an_insert_whose_answer_was_lost_since_zoho_may_have_created_the_records() {
        // GIVEN the insert was sent and its connection dropped before the answer
        fake.answers(dropped(), answer(201));

        // WHEN / THEN
        thenThrownBy(() -> governed().insert(Module.LEADS, records(1), TOKEN))
                .isInstanceOf(GovernedZohoCrmApi.AnswerLost.class)
                .hasMessageContaining("Zoho may have applied it")
                .hasMessageContaining("sweep");
        then(fake.operations()).containsExactly(INSERT_RECORDS);
        then(usage.retries()).isZero();
    }

    @Test
    void does_not_repeat_a_delink_whose_answer_was_lost_since_a_second_answer_would_be_about_another_state() {
        // GIVEN the delink was sent and its answer timed out
        fake.answers(failing(new RuntimeException(new SocketTimeoutException("Read timed out"))), answer(200));

        // WHEN / THEN
        thenThrownBy(() -> governed().delink(DELINK, TOKEN)).isInstanceOf(GovernedZohoCrmApi.AnswerLost.class);
        then(fake.operations()).containsExactly(DELINK_RELATED_RECORDS);
    }

    @Test
    void repeats_a_link_whose_answer_was_lost_since_linking_again_sets_the_same_relation() {
        // GIVEN
        fake.answers(dropped(), answer(200));

        // WHEN
        ApiResponse response = governed().link(Module.LEADS, "111", Module.CAMPAIGNS, records(1), TOKEN);

        // THEN
        then(response.status()).isEqualTo(200);
        then(fake.operations()).containsExactly(UPDATE_RELATED_RECORDS, UPDATE_RELATED_RECORDS);
    }

    @Test
    void repeats_an_insert_that_never_reached_zoho() {
        // GIVEN the connection was refused, then the insert went through
        fake.answers(failing(new RuntimeException(new ConnectException("Connection refused"))), answer(201));

        // WHEN
        ApiResponse response = governed().insert(Module.LEADS, records(1), TOKEN);

        // THEN
        then(response.status()).isEqualTo(201);
        then(fake.operations()).containsExactly(INSERT_RECORDS, INSERT_RECORDS);
        then(usage.retries()).isEqualTo(1);
    }

    /** The server closed the connection without an answer, as REST Assured reports it: a checked exception, undeclared. */
    private static Answer dropped() {
        return () -> {
            throw Sneaky.<RuntimeException>rethrow(new IOException("127.0.0.1:8080 failed to respond"));
        };
    }

    /** Throws a checked exception from code that does not declare it, as Groovy does. */
    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <T extends Throwable> RuntimeException rethrow(Throwable failure) throws T {
            throw (T) failure;
        }
    }

    @Test
    void retries_an_io_failure_of_delink_too() {
        // GIVEN the delink request never reached Zoho
        fake.answers(failing(new RuntimeException(new ConnectException("Connection refused"))), answer(200));

        // WHEN
        ApiResponse response = governed().delink(DELINK, TOKEN);

        // THEN
        then(response.status()).isEqualTo(200);
        then(fake.operations()).containsExactly(DELINK_RELATED_RECORDS, DELINK_RELATED_RECORDS);
    }

    @Test
    void rethrows_an_exception_without_an_io_cause_at_once() {
        // GIVEN
        IllegalStateException bug =
                new IllegalStateException("a bug, not the network", new IllegalArgumentException("cause"));
        fake.answers(failing(bug), answer(200));

        // WHEN / THEN
        thenThrownBy(() -> governed().record(Module.LEADS, "111", TOKEN)).isSameAs(bug);
        then(fake.operations()).hasSize(1);
        then(pauses.recorded()).isEmpty();
        then(usage.retries()).isZero();
    }

    @Test
    void rethrows_the_last_io_failure_after_max_attempts() {
        // GIVEN the network fails on every attempt
        List<Answer> script = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= GovernedZohoCrmApi.MAX_ATTEMPTS + 1; attempt++) {
            RuntimeException failure = new RuntimeException("attempt " + attempt, new SocketTimeoutException());
            failures.add(failure);
            script.add(failing(failure));
        }
        fake.script(script);

        // WHEN / THEN
        thenThrownBy(() -> governed().record(Module.LEADS, "111", TOKEN))
                .isSameAs(failures.get(GovernedZohoCrmApi.MAX_ATTEMPTS - 1));
        then(fake.operations()).hasSize(GovernedZohoCrmApi.MAX_ATTEMPTS);
        then(pauses.recorded()).hasSize(GovernedZohoCrmApi.MAX_ATTEMPTS - 1);
    }

    @Test
    void recognises_io_failures_anywhere_in_the_cause_chain() {
        // WHEN / THEN
        then(GovernedZohoCrmApi.isTransient(new UncheckedIOException(new SocketTimeoutException())))
                .isTrue();
        then(GovernedZohoCrmApi.isTransient(new RuntimeException(new RuntimeException(new ConnectException()))))
                .isTrue();
        then(GovernedZohoCrmApi.isTransient(new RuntimeException("no cause"))).isFalse();
        then(GovernedZohoCrmApi.isTransient(new RuntimeException(new IllegalStateException())))
                .isFalse();
    }

    @Test
    void knows_a_request_never_reached_zoho_only_when_no_connection_was_made() {
        // WHEN / THEN
        then(GovernedZohoCrmApi.neverReachedZoho(new RuntimeException(new ConnectException())))
                .isTrue();
        then(GovernedZohoCrmApi.neverReachedZoho(
                        new UncheckedIOException(new org.apache.http.conn.ConnectTimeoutException())))
                .isTrue();
        then(GovernedZohoCrmApi.neverReachedZoho(new RuntimeException(new SocketTimeoutException("Read timed out"))))
                .isFalse();
        then(GovernedZohoCrmApi.neverReachedZoho(new IOException("failed to respond")))
                .isFalse();
    }

    // --- usage ------------------------------------------------------------------------------------------------

    @Test
    void counts_credits_as_zoho_charges_them() {
        // GIVEN
        fake.answering(answer(200));
        GovernedZohoCrmApi api = governed();

        // WHEN 25 records are inserted (3 credits), 10 linked (1), 11 linked (2), and one record read (1)
        api.insert(Module.LEADS, records(25), TOKEN);
        api.link(Module.LEADS, "111", Module.CAMPAIGNS, records(10), TOKEN);
        api.link(Module.LEADS, "111", Module.CAMPAIGNS, records(11), TOKEN);
        api.record(Module.LEADS, "111", TOKEN);

        // THEN
        then(usage.calls()).isEqualTo(4);
        then(usage.credits()).isEqualTo(7);
        then(usage.retries()).isZero();
    }

    @Test
    void tells_what_the_credits_were_spent_on() {
        // GIVEN
        fake.answering(answer(200));
        GovernedZohoCrmApi scenario = governed();
        GovernedZohoCrmApi cleanup = governed(CreditBudget.unlimited(), true);

        // WHEN a scenario inserts 25 records, links 11, delinks, reads the state and a record, deletes one, reads the
        // fields metadata; then the run deletes its records
        scenario.insert(Module.LEADS, records(25), TOKEN);
        scenario.link(Module.CAMPAIGNS, "111", Module.LEADS, records(11), TOKEN);
        scenario.delink(DELINK, TOKEN);
        scenario.relatedRecords(Module.CAMPAIGNS, "111", Module.LEADS, 1, TOKEN);
        scenario.record(Module.LEADS, "222", TOKEN);
        scenario.deleteRecords(Module.LEADS, List.of("333"), TOKEN);
        scenario.fields(Module.LEADS, TOKEN);
        cleanup.deleteRecords(Module.LEADS, List.of("222", "444"), TOKEN);

        // THEN each purpose has its credits, the run's deletes apart from the scenario's
        then(usage.creditsByPurpose())
                .containsExactly(
                        entry(CallPurpose.FIXTURE_INSERT, 3L),
                        entry(CallPurpose.LINK, 2L),
                        entry(CallPurpose.DELINK, 1L),
                        entry(CallPurpose.STATE_READ, 1L),
                        entry(CallPurpose.RECORD_READ, 1L),
                        entry(CallPurpose.RECORD_DELETE, 1L),
                        entry(CallPurpose.CLEANUP, 1L),
                        entry(CallPurpose.METADATA, 1L));
        then(usage.credits()).isEqualTo(11);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    void charges_one_credit_for_a_call_of_one_record(Endpoint operation, Call call) {
        // GIVEN
        fake.answering(answer(200));

        // WHEN
        call.on(governed());

        // THEN
        then(usage.calls()).isEqualTo(1);
        then(usage.credits()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} records -> {1} credits")
    @org.junit.jupiter.params.provider.CsvSource({"0, 1", "1, 1", "10, 1", "11, 2", "25, 3", "100, 10"})
    void charges_one_credit_per_ten_records_and_at_least_one(int records, long credits) {
        // WHEN / THEN
        then(ApiUsage.creditsFor(records)).isEqualTo(credits);
    }

    @Test
    void counts_every_attempt_of_a_retried_call() {
        // GIVEN an insert of 25 records is throttled once
        fake.answers(answer(429), answer(201));

        // WHEN
        governed().insert(Module.LEADS, records(25), TOKEN);

        // THEN two calls of 3 credits each and one retry
        then(usage.calls()).isEqualTo(2);
        then(usage.credits()).isEqualTo(6);
        then(usage.retries()).isEqualTo(1);
    }

    @Test
    void rolls_the_usage_of_each_scenario_up_to_the_run() {
        // GIVEN a run's usage and two scenarios' usages
        fake.answering(answer(429, Map.of("retry-after", "0")), answer(200), answer(200));
        ApiUsage run = new ApiUsage();
        ApiUsage first = run.child();
        ApiUsage second = run.child();

        // WHEN the first scenario inserts 25 records after one retry, the second reads one record
        new GovernedZohoCrmApi(
                        fake, new Semaphore(1), first, CreditBudget.unlimited(), false, pauses, RecordingMarks.none())
                .insert(Module.LEADS, records(25), TOKEN);
        new GovernedZohoCrmApi(
                        fake, new Semaphore(1), second, CreditBudget.unlimited(), false, pauses, RecordingMarks.none())
                .record(Module.LEADS, "1", TOKEN);

        // THEN each scenario counts its own, and the run counts both
        then(first.calls()).isEqualTo(2);
        then(first.credits()).isEqualTo(6);
        then(first.retries()).isEqualTo(1);
        then(second.calls()).isEqualTo(1);
        then(second.credits()).isEqualTo(1);
        then(second.retries()).isZero();
        then(run.calls()).isEqualTo(3);
        then(run.credits()).isEqualTo(7);
        then(run.retries()).isEqualTo(1);
        then(run.toString()).isEqualTo("3 API calls, 7 credits, 1 retries");
    }

    // --- credit budget ----------------------------------------------------------------------------------------

    @Test
    void refuses_the_call_that_would_exceed_the_credit_budget_before_making_it() {
        // GIVEN a budget of 5 credits
        fake.answering(answer(200));
        CreditBudget budget = new CreditBudget(OptionalLong.of(5));
        GovernedZohoCrmApi api = governed(budget, false);
        for (int i = 0; i < 5; i++) {
            api.record(Module.LEADS, "111", TOKEN);
        }

        // WHEN / THEN the sixth call is refused and never reaches Zoho
        thenThrownBy(() -> api.delink(DELINK, TOKEN))
                .isInstanceOf(CreditBudget.Exhausted.class)
                .hasMessageContaining("ZOHO_MAX_CREDITS=5");
        then(fake.operations()).containsExactly(GET_RECORD, GET_RECORD, GET_RECORD, GET_RECORD, GET_RECORD);
        then(budget.spent()).isEqualTo(5);
        then(usage.calls()).isEqualTo(5);
    }

    @Test
    void a_budget_that_ran_out_says_so_with_the_calls_it_stopped_and_one_that_held_says_nothing() {
        // GIVEN a budget of 1 credit, spent
        fake.answering(answer(200));
        CreditBudget budget = new CreditBudget(OptionalLong.of(1));
        GovernedZohoCrmApi api = governed(budget, false);
        api.record(Module.LEADS, "111", TOKEN);
        then(budget.note()).isEmpty();

        // WHEN two more calls are refused
        for (int i = 0; i < 2; i++) {
            thenThrownBy(() -> api.delink(DELINK, TOKEN)).isInstanceOf(CreditBudget.Exhausted.class);
        }

        // THEN
        then(budget.refusals()).isEqualTo(2);
        then(budget.note())
                .isEqualTo("ZOHO_MAX_CREDITS=1 ran out: 2 calls were not made and their scenarios failed, cleanup"
                        + " exempt (`estimate` says what a selection needs)");
    }

    @Test
    void refuses_an_insert_whose_credits_do_not_fit_the_rest_of_the_budget() {
        // GIVEN 3 of 5 credits spent
        fake.answering(answer(200));
        CreditBudget budget = new CreditBudget(OptionalLong.of(5));
        GovernedZohoCrmApi api = governed(budget, false);
        api.insert(Module.LEADS, records(30), TOKEN);

        // WHEN / THEN an insert of 25 records (3 credits) is refused, though 2 credits remain
        thenThrownBy(() -> api.insert(Module.LEADS, records(25), TOKEN)).isInstanceOf(CreditBudget.Exhausted.class);
        then(fake.operations()).containsExactly(INSERT_RECORDS);
        then(budget.spent()).isEqualTo(3);

        // AND a call of 2 credits still fits
        api.insert(Module.LEADS, records(20), TOKEN);
        then(budget.spent()).isEqualTo(5);
    }

    @Test
    void stops_retrying_when_the_budget_runs_out() {
        // GIVEN a budget of 2 credits and Zoho throttling every call
        fake.answering(answer(429));
        CreditBudget budget = new CreditBudget(OptionalLong.of(2));

        // WHEN / THEN the third attempt is refused
        thenThrownBy(() -> governed(budget, false).record(Module.LEADS, "111", TOKEN))
                .isInstanceOf(CreditBudget.Exhausted.class);
        then(fake.operations()).hasSize(2);
    }

    @Test
    void lets_cleanup_go_beyond_the_budget() {
        // GIVEN the budget of 5 credits is spent by the scenarios
        fake.answering(answer(200));
        CreditBudget budget = new CreditBudget(OptionalLong.of(5));
        GovernedZohoCrmApi scenarios = governed(budget, false);
        for (int i = 0; i < 5; i++) {
            scenarios.record(Module.LEADS, "111", TOKEN);
        }
        thenThrownBy(() -> scenarios.deleteRecords(Module.LEADS, List.of("111"), TOKEN))
                .isInstanceOf(CreditBudget.Exhausted.class);

        // WHEN cleanup shares the budget
        ApiResponse response = governed(budget, true).deleteRecords(Module.LEADS, List.of("111"), TOKEN);

        // THEN its call is made and charged
        then(response.status()).isEqualTo(200);
        then(fake.operations()).endsWith(DELETE_RECORDS);
        then(fake.operations()).hasSize(6);
        then(budget.spent()).isEqualTo(6);
    }

    @Test
    void never_refuses_a_call_with_an_unlimited_budget() {
        // GIVEN
        fake.answering(answer(200));
        CreditBudget budget = CreditBudget.unlimited();

        // WHEN 100 inserts of 100 records
        GovernedZohoCrmApi api = governed(budget, false);
        for (int i = 0; i < 100; i++) {
            api.insert(Module.LEADS, records(100), TOKEN);
        }

        // THEN all are made and counted
        then(fake.operations()).hasSize(100);
        then(budget.spent()).isEqualTo(1000);
    }

    // --- concurrency ------------------------------------------------------------------------------------------

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void makes_at_most_as_many_calls_at_once_as_the_semaphore_allows() throws InterruptedException {
        // GIVEN a fake whose calls wait at a gate and that records how many are in flight
        Semaphore slots = new Semaphore(2);
        GatedApi gated = new GatedApi();
        GovernedZohoCrmApi api = new GovernedZohoCrmApi(
                gated, slots, usage, CreditBudget.unlimited(), false, pauses, RecordingMarks.none());
        int threads = 8;
        List<Thread> callers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

        // WHEN 8 threads call at once
        for (int i = 0; i < threads; i++) {
            Thread caller = new Thread(() -> api.record(Module.LEADS, "111", TOKEN), "caller-" + i);
            caller.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            callers.add(caller);
            caller.start();
        }
        // ... and every thread is either inside the fake or waiting for a slot, before the gate opens
        while (gated.inFlight() + slots.getQueueLength() < threads) {
            Thread.onSpinWait();
        }
        int inFlightAtTheGate = gated.inFlight();
        gated.open();
        for (Thread caller : callers) {
            caller.join();
        }

        // THEN never more than 2 calls were in flight, and all 8 were made
        then(failures).isEmpty();
        then(inFlightAtTheGate).isEqualTo(2);
        then(gated.maxInFlight()).isEqualTo(2);
        then(gated.calls()).isEqualTo(threads);
        then(usage.calls()).isEqualTo(threads);
        then(slots.availablePermits()).isEqualTo(2);
        // AND each of the 6 calls that found no free slot reported its wait
        then(pauses.limiterWaits())
                .hasSize(threads - 2)
                .allMatch(why -> why.equals("every API slot was busy (ZOHO_CONCURRENCY)"));
    }

    @Test
    void releases_the_slot_when_a_call_throws() {
        // GIVEN one slot and a call that fails with a non-transient exception
        Semaphore slots = new Semaphore(1);
        fake.answers(failing(new IllegalStateException("boom")), answer(200));
        GovernedZohoCrmApi api = new GovernedZohoCrmApi(
                fake, slots, usage, CreditBudget.unlimited(), false, pauses, RecordingMarks.none());
        thenThrownBy(() -> api.record(Module.LEADS, "111", TOKEN)).hasMessage("boom");

        // WHEN
        ApiResponse response = api.record(Module.LEADS, "111", TOKEN);

        // THEN the slot is free again
        then(response.status()).isEqualTo(200);
        then(slots.availablePermits()).isEqualTo(1);
    }

    // --- fakes ------------------------------------------------------------------------------------------------

    /** One scripted reaction: an answer or an exception. */
    @FunctionalInterface
    interface Answer {
        ApiResponse next();
    }

    private static Answer failing(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    /** Answers each call with the next scripted answer, or with the same answer forever; records which calls were made. */
    private static final class ScriptedApi implements ZohoCrmApi {

        private final Deque<Answer> script = new ArrayDeque<>();
        private final List<Endpoint> operations = new ArrayList<>();
        private List<ApiResponse> forever = List.of();
        private int foreverIndex;

        void answers(Object... answers) {
            for (Object answer : answers) {
                script.add(answer instanceof ApiResponse response ? () -> response : (Answer) answer);
            }
        }

        void script(List<Answer> answers) {
            script.addAll(answers);
        }

        /** The given answers in turn, the last one forever. */
        void answering(ApiResponse... answers) {
            forever = List.of(answers);
        }

        synchronized List<Endpoint> operations() {
            return List.copyOf(operations);
        }

        private synchronized ApiResponse next(Endpoint operation) {
            operations.add(operation);
            if (!script.isEmpty()) {
                return script.poll().next();
            }
            if (!forever.isEmpty()) {
                return forever.get(Math.min(foreverIndex++, forever.size() - 1));
            }
            throw new AssertionError("unexpected call of " + operation + ": the script has no more answers");
        }

        @Override
        public ApiResponse exchange(ApiRequest request) {
            return next(request.endpoint());
        }
    }

    /** Holds every call at a gate until the test opens it, counting the calls in flight and their maximum. */
    private static final class GatedApi implements ZohoCrmApi {

        private final CountDownLatch gate = new CountDownLatch(1);
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();

        int inFlight() {
            return inFlight.get();
        }

        int maxInFlight() {
            return maxInFlight.get();
        }

        int calls() {
            return calls.get();
        }

        void open() {
            gate.countDown();
        }

        private ApiResponse held() {
            calls.incrementAndGet();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the gate was never opened");
                }
                return answer(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public ApiResponse exchange(ApiRequest request) {
            return held();
        }
    }
}
