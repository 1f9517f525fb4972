package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.ZohoError;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The emulated Zoho CRM: a function from request to response, callable without a socket. It serves only the
 * Zoho-shaped routes; seeding users and tokens and injecting faults are Java methods here, exposed over HTTP by
 * the separate control plane.
 */
public final class Emulator implements Function<EmulatorRequest, EmulatorResponse> {

    private final Org org;
    private final Faults faults = new Faults();
    private final BehaviourProfile profile;
    private final ZohoApi api;
    private final AtomicLong unexpectedFailures = new AtomicLong();

    public Emulator(BehaviourProfile profile) {
        this(profile, Clock.systemUTC());
    }

    public Emulator(BehaviourProfile profile, Clock clock) {
        this.profile = profile;
        this.org = new Org(clock);
        this.api = new ZohoApi(org, faults, profile);
    }

    @Override
    public EmulatorResponse apply(EmulatorRequest request) {
        try {
            Optional<List<String>> segments = request.pathSegments();
            if (segments.isEmpty() || segments.get().isEmpty() || !segments.get().get(0).equals("crm")) {
                throw new Rejection(ZohoError.INVALID_URL_PATTERN);
            }
            List<String> path = segments.get();
            return api.handle(request, path.subList(1, path.size()));
        } catch (Rejection rejection) {
            return rejection.toResponse();
        } catch (RuntimeException unexpected) {
            unexpectedFailures.incrementAndGet();
            return EmulatorResponse.json(500, ZohoError.INTERNAL_ERROR.body());
        }
    }

    public BehaviourProfile profile() {
        return profile;
    }

    public User administrator() {
        return org.administrator();
    }

    public User addUser(String name, boolean mayDeleteRelatedRecords, Set<Module> withoutAccessTo) {
        return org.addUser(name, mayDeleteRelatedRecords, withoutAccessTo);
    }

    public Optional<User> user(String id) {
        return org.user(id);
    }

    public String issueToken(User user, Collection<String> scopes, Duration lifetime) {
        return org.issueToken(user, scopes, lifetime);
    }

    public void injectFault(Fault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Forgets records, relations and faults; users and tokens stay valid. */
    public void reset() {
        org.clearData();
        faults.clear();
    }

    public Map<String, Object> state() {
        Map<String, Object> state = new java.util.LinkedHashMap<>(org.counts());
        state.put("profile", profile.name());
        state.put("unexpected_failures", unexpectedFailures.get());
        return state;
    }

    /** Requests that ended in an unplanned exception; always zero unless the emulator has a bug. */
    public long unexpectedFailures() {
        return unexpectedFailures.get();
    }
}
