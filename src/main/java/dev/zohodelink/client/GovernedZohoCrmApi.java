package dev.zohodelink.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.http.conn.ConnectTimeoutException;

/**
 * A {@link ZohoCrmApi} fit for a shared, quota-limited org: at most N calls at once across all threads, transient
 * failures retried with backoff, and every call counted in credits against an optional budget.
 *
 * <p>Retried: 429 TOO_MANY_REQUESTS (honouring Retry-After), a call that never reached Zoho (no connection), one whose
 * answer was lost (a dropped connection, a read timeout) when repeating it is harmless (a read, a link), and 5xx answers
 * except to the delink call, whose status is what a scenario asserts. An insert or delete whose answer was lost is not
 * repeated: Zoho may have applied it. Never retried: any other answer. Assertions happen
 * after the call, so an assertion failure is never retried. A retried attempt leaves the recording (its
 * {@link RecordingMarks}); it stays counted, as a call, its credits and a retry.
 */
public final class GovernedZohoCrmApi implements ZohoCrmApi {

    public static final int MAX_ATTEMPTS = 5;
    /** Repeating these cannot change what Zoho holds beyond what the first did: a read, and a link (it sets a relation). */
    private static final Set<String> REPEATABLE_METHODS = Set.of("GET", "PUT");

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private final ZohoCrmApi delegate;
    private final Semaphore concurrency;
    private final ApiUsage usage;
    private final CreditBudget budget;
    private final boolean cleanup;
    private final Waiting waiting;
    private final RecordingMarks marks;

    public GovernedZohoCrmApi(
            ZohoCrmApi delegate,
            Semaphore concurrency,
            ApiUsage usage,
            CreditBudget budget,
            boolean cleanup,
            Waiting waiting,
            RecordingMarks marks) {
        this.delegate = delegate;
        this.concurrency = concurrency;
        this.usage = usage;
        this.budget = budget;
        this.cleanup = cleanup;
        this.waiting = waiting;
        this.marks = marks;
    }

    @Override
    public ApiResponse exchange(ApiRequest request) {
        boolean retryServerErrors = request.endpoint() != ApiRequest.Endpoint.DELINK_RELATED_RECORDS;
        boolean repeatable = REPEATABLE_METHODS.contains(request.method());
        return call(
                purposeOf(request.endpoint()),
                request.credits(),
                retryServerErrors,
                repeatable,
                () -> delegate.exchange(request));
    }

    private CallPurpose purposeOf(ApiRequest.Endpoint endpoint) {
        return switch (endpoint) {
            case INSERT_RECORDS -> CallPurpose.FIXTURE_INSERT;
            case UPDATE_RELATED_RECORDS -> CallPurpose.LINK;
            case GET_RELATED_RECORDS -> CallPurpose.STATE_READ;
            case GET_RECORD -> CallPurpose.RECORD_READ;
            case DELETE_RECORDS -> cleanup ? CallPurpose.CLEANUP : CallPurpose.RECORD_DELETE;
            case SEARCH_RECORDS -> CallPurpose.SEARCH;
            case FIELDS_METADATA, CURRENT_USER -> CallPurpose.METADATA;
            case DELINK_RELATED_RECORDS -> CallPurpose.DELINK;
        };
    }

    private ApiResponse call(
            CallPurpose purpose,
            long credits,
            boolean retryServerErrors,
            boolean repeatable,
            Supplier<ApiResponse> send) {
        long start = System.nanoTime();
        try {
            return attempts(purpose, credits, retryServerErrors, repeatable, send);
        } finally {
            usage.timed(System.nanoTime() - start);
        }
    }

    private ApiResponse attempts(
            CallPurpose purpose,
            long credits,
            boolean retryServerErrors,
            boolean repeatable,
            Supplier<ApiResponse> send) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            if (cleanup) {
                budget.spendForCleanup(credits);
            } else {
                budget.spend(credits);
            }
            usage.call(purpose, credits);
            int mark = marks.mark();
            ApiResponse response;
            try {
                response = limited(send);
            } catch (Exception failure) { // REST Assured throws checked IOExceptions undeclared, through Groovy
                if (attempt >= MAX_ATTEMPTS || !isTransient(failure)) {
                    throw failure;
                }
                if (!repeatable && !neverReachedZoho(failure)) {
                    throw new AnswerLost(failure);
                }
                backoff = retryAfter(backoff, null, attempt, failure.getClass().getSimpleName(), mark);
                continue;
            }
            boolean retry = response.status() == 429 || (retryServerErrors && response.status() >= 500);
            if (!retry || attempt >= MAX_ATTEMPTS) {
                return response;
            }
            backoff = retryAfter(backoff, response, attempt, "HTTP " + response.status(), mark);
        }
    }

    /** Counts the retry, leaves the superseded attempt (the exchanges since {@code mark}) out of the recording, waits. */
    private Duration retryAfter(Duration backoff, ApiResponse response, int attempt, String failure, int mark) {
        usage.retry();
        java.util.Optional<Duration> asked = response == null
                ? java.util.Optional.empty()
                : response.header("Retry-After").flatMap(GovernedZohoCrmApi::seconds);
        Duration wait = asked.map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d)
                .orElse(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
        String why = failure + (asked.isPresent() ? " with Retry-After" : "") + ", attempt " + attempt + " of "
                + MAX_ATTEMPTS;
        marks.leaveOutOfRecordingFrom(mark, why + ", made again after " + Progress.describe(wait));
        waiting.pause(wait, why);
        Duration next = backoff.multipliedBy(2);
        return next.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : next;
    }

    private ApiResponse limited(Supplier<ApiResponse> send) {
        try {
            if (!concurrency.tryAcquire(0, TimeUnit.SECONDS)) {
                long start = System.nanoTime();
                concurrency.acquire();
                waiting.waited(
                        Duration.ofNanos(System.nanoTime() - start), "every API slot was busy (ZOHO_CONCURRENCY)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free API slot", e);
        }
        try {
            return send.get();
        } finally {
            concurrency.release();
        }
    }

    private static java.util.Optional<Duration> seconds(String header) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException httpDate) {
            return java.util.Optional.empty();
        }
    }

    /** Timeouts, refused and reset connections: REST Assured rethrows them unchecked, sometimes wrapped. */
    /** A failure to connect: the request was never sent, so sending it again cannot apply it twice. */
    static boolean neverReachedZoho(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** An insert or delete sent, whose answer never came: Zoho may have applied it, so it is not sent again. */
    public static final class AnswerLost extends RuntimeException {
        AnswerLost(Throwable failure) {
            super(
                    "the answer was lost (" + failure + ") and the call was not repeated: Zoho may have applied it;"
                            + " records an insert may have created carry the run's name, and `sweep` deletes them",
                    failure);
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
