package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.UnsupportedModules;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.faults.FaultAnswers;
import dev.zohodelink.emulator.core.faults.Faults;
import dev.zohodelink.emulator.core.faults.RouteKind;
import dev.zohodelink.emulator.core.faults.Sleeper;
import dev.zohodelink.emulator.core.metadata.MetadataApi;
import dev.zohodelink.emulator.core.oauth.AccessGrant;
import dev.zohodelink.emulator.core.oauth.Authenticator;
import dev.zohodelink.emulator.core.oauth.Identity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Zoho-shaped routes under {@code /crm/{version}/}. Checks run in this order: URL pattern, token,
 * request method, injected fault, module, then the route's own checks (related list, scope, permissions, ids).
 * The order between checks is not documented by Zoho.
 */
final class ZohoApi {

    /** The one non-numeric segment allowed where a record id goes: {@code /{module}/search}. */
    private static final String SEARCH = "search";

    private record Route(RouteKind kind, Function<ApiCall, EmulatorResponse> handler) {}

    private final Authenticator authenticator;
    private final Faults faults;
    private final Sleeper sleeper;
    private final MetadataApi metadata;
    private final Map<String, Route> routes;
    private final ZohoError unsupportedModule;

    ZohoApi(Records data, Identity identity, Faults faults, Sleeper sleeper, BehaviourProfile profile) {
        this.authenticator = new Authenticator(identity);
        this.faults = faults;
        this.sleeper = sleeper;
        this.metadata = new MetadataApi(identity);
        this.unsupportedModule = profile.notSupported().error();
        DelinkHandler delink = new DelinkHandler(data, profile);
        LinkHandler link = new LinkHandler(data, profile);
        RelatedRecordsHandler related = new RelatedRecordsHandler(data);
        RecordsHandler records = new RecordsHandler(data, identity);
        SearchHandler search = new SearchHandler(data);
        this.routes = Map.ofEntries(
                Map.entry("GET " + SEARCH, new Route(RouteKind.SEARCH, search::search)),
                route("POST", 0, RouteKind.INSERT, records::insert),
                route("GET", 0, RouteKind.READ_RECORDS, records::list),
                route("DELETE", 0, RouteKind.DELETE_RECORDS, records::deleteMany),
                route("GET", 1, RouteKind.READ_RECORDS, records::get),
                route("DELETE", 1, RouteKind.DELETE_RECORDS, records::deleteOne),
                route("GET", 2, RouteKind.READ_RELATED, related::list),
                route("PUT", 2, RouteKind.LINK, link::linkMany),
                route("DELETE", 2, RouteKind.DELINK, delink::delinkMany),
                route("GET", 3, RouteKind.READ_RELATED, related::one),
                route("PUT", 3, RouteKind.LINK, link::linkOne),
                route("DELETE", 3, RouteKind.DELINK, delink::delinkOne));
    }

    private static Map.Entry<String, Route> route(
            String method, int tailSegments, RouteKind kind, Function<ApiCall, EmulatorResponse> handler) {
        return Map.entry(method + " " + tailSegments, new Route(kind, handler));
    }

    /** @param segments the decoded path segments after {@code crm} */
    EmulatorResponse handle(EmulatorRequest request, List<String> segments) {
        Optional<ApiVersion> version =
                segments.isEmpty() ? Optional.empty() : ApiVersion.fromPathSegment(segments.get(0));
        if (version.isEmpty() || segments.size() < 2 || segments.size() > 5) {
            throw new Rejection(ZohoError.INVALID_URL_PATTERN);
        }
        AccessGrant caller = authenticator.authenticate(request);
        Map<String, String> query =
                request.queryParameters().orElseThrow(() -> new Rejection(ZohoError.UNABLE_TO_PARSE_DATA_TYPE));
        List<String> resource = segments.subList(1, segments.size());
        if (MetadataApi.serves(resource)) {
            if (!request.method().equals("GET")) {
                throw new Rejection(ZohoError.INVALID_REQUEST_METHOD);
            }
            return injectedAnswer(RouteKind.METADATA)
                    .orElseGet(() -> metadata.handle(version.get(), resource, caller, query));
        }
        List<String> tail = segments.subList(2, segments.size());
        Route route = routes.get(request.method() + " " + routeShape(tail));
        if (route == null) {
            throw new Rejection(ZohoError.INVALID_REQUEST_METHOD);
        }
        Optional<EmulatorResponse> injected = injectedAnswer(route.kind());
        if (injected.isPresent()) {
            return injected.get();
        }
        Module module = resolveModule(version.get(), segments.get(1));
        return route.handler().apply(new ApiCall(version.get(), module, List.copyOf(tail), caller, query, request));
    }

    /** Waits for the injected latency, if any, then gives the injected answer, if any. */
    private Optional<EmulatorResponse> injectedAnswer(RouteKind kind) {
        Faults.Injection injection = faults.take(kind);
        if (!injection.delay().isZero()) {
            try {
                sleeper.sleep(injection.delay());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        return injection.answer().map(FaultAnswers::render);
    }

    /**
     * The number of segments after the module, or "search" for {@code /{module}/search}, so that "search" is never
     * taken for a record id. Any other method than GET on it is INVALID_REQUEST_METHOD (assumed).
     */
    private static String routeShape(List<String> tail) {
        return tail.size() == 1 && tail.get(0).equals(SEARCH) ? SEARCH : Integer.toString(tail.size());
    }

    private Module resolveModule(ApiVersion version, String segment) {
        return Module.fromUrlName(version, segment)
                .orElseThrow(() -> new Rejection(
                        UnsupportedModules.contains(segment) ? unsupportedModule : ZohoError.INVALID_MODULE));
    }
}
