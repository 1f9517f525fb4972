package dev.zohodelink.bench;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.RestAssuredZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each client's own cost, without the suite around it: one {@code GET} of one record, in a loop on one thread, sent
 * by the REST Assured client the steps use (no filters, so no recording) and by a plain keep-alive
 * {@code java.net.http} client to the same emulator, each in a loop of its own. A first round of both warms the JIT.
 */
final class ClientFloor {

    /** Every measured call's time, per client. */
    record Result(Distribution restAssured, Distribution plain) {}

    private final int calls;

    ClientFloor(int calls) {
        this.calls = calls;
    }

    Result measure() throws IOException, InterruptedException {
        Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
        String id = emulator.insertRecord(Module.CONTACTS, Map.<String, Object>of("Last_Name", "client floor"));
        String token = emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        try (EmulatorServer server = EmulatorServer.startOnFreeLoopbackPort(emulator)) {
            RestAssuredZohoCrmApi restAssured = new RestAssuredZohoCrmApi(server.baseUri(), ApiVersion.V7, List.of());
            HttpClient plain =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest get = HttpRequest.newBuilder(server.baseUri().resolve("/crm/v7/Contacts/" + id))
                    .header("Authorization", "Zoho-oauthtoken " + token)
                    .build();
            Call restAssuredGet = () -> restAssured
                    .record(Module.CONTACTS, id, AccessToken.of(token))
                    .status();
            Call plainGet =
                    () -> plain.send(get, HttpResponse.BodyHandlers.ofString()).statusCode();
            loop(restAssuredGet);
            loop(plainGet);
            return new Result(loop(restAssuredGet), loop(plainGet));
        }
    }

    private interface Call {
        int status() throws IOException, InterruptedException;
    }

    private Distribution loop(Call call) throws IOException, InterruptedException {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            int status = call.status();
            nanos.add(System.nanoTime() - start);
            if (status != 200) {
                throw new IllegalStateException("the client floor's GET answered " + status + ", not 200");
            }
        }
        return Distribution.of(nanos);
    }
}
