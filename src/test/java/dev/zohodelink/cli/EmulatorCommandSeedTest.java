package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code emulator --seed FILE} and {@code --host}. */
class EmulatorCommandSeedTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err, List<String> observations) {}

    /** Runs the command in-process without ZOHO_ variables; while it serves, reads the seeded campaign's contacts with the seeded token. */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> observations = new ArrayList<>();
        CommandLine command = new CommandLine(new EmulatorCommand(Map.of(), server -> {
            observations.add(server.baseUri().toString());
            observations.add(get(server.baseUri(), "/crm/v7/Campaigns/9100000000000000001/Contacts?fields=Last_Name"));
        }));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString(), observations);
    }

    private static String get(URI base, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Zoho-oauthtoken 1000.test.token")
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path exampleSeed() throws IOException {
        Path seed = dir.resolve("seed.json");
        try (InputStream in = getClass().getResourceAsStream("/emulator/example-seed.json")) {
            Files.copy(in, seed);
        }
        return seed;
    }

    @Test
    void loads_the_seed_file_before_serving_and_says_what_it_loaded() throws IOException {
        // GIVEN the README's example seed file
        Path seed = exampleSeed();

        // WHEN the emulator runs with it
        Run run = run("--port", "0", "--seed", seed.toString());

        // THEN it serves the seeded records to the seeded access token, and says so after the base URL line
        then(run.exitCode()).as(run.err()).isZero();
        then(run.out().lines().findFirst().orElseThrow()).startsWith("Zoho CRM emulator listening on ");
        then(run.out())
                .contains("Seeded from " + seed
                        + ": 4 records, 3 relations, 2 users, 1 OAuth clients, 2 refresh tokens, 1 access tokens");
        JsonNode contacts = MAPPER.readTree(run.observations().get(1));
        then(contacts.at("/data/0/id").asText()).isEqualTo("9100000000000000002");
        then(contacts.at("/data/0/Last_Name").asText()).isEqualTo("Doe");
        then(contacts.get("data")).hasSize(2);
        // AND the demo credentials are still registered
        then(run.out()).contains("client_id demo-client");
    }

    @Test
    void refuses_a_seed_file_it_cannot_load_with_exit_code_2_and_where_the_problem_is() throws IOException {
        // GIVEN a seed whose second record names an unknown module
        Path seed = dir.resolve("bad.json");
        Files.writeString(
                seed,
                "{\"records\":[{\"module\":\"Leads\",\"fields\":{\"Last_Name\":\"A\"}},{\"module\":\"Widgets\",\"fields\":{}}]}");

        // WHEN the emulator is started with it
        Run run = run("--port", "0", "--seed", seed.toString());

        // THEN it stops with exit code 2 before listening, naming the file and the place
        then(run.exitCode()).isEqualTo(2);
        then(run.out()).isEmpty();
        then(run.observations()).isEmpty();
        then(run.err()).startsWith("emulator: --seed " + seed + ": records[1].module: unknown module 'Widgets'");
    }

    @Test
    void refuses_a_missing_seed_file_and_one_that_is_not_json_with_exit_code_2() throws IOException {
        // GIVEN a path with no file, and a file that is not JSON
        Path missing = dir.resolve("missing.json");
        Path notJson = Files.writeString(dir.resolve("seed.yaml"), "records: []");

        // WHEN the emulator is started with each
        Run withMissing = run("--port", "0", "--seed", missing.toString());
        Run withNotJson = run("--port", "0", "--seed", notJson.toString());

        // THEN both stop with exit code 2 and a message
        then(withMissing.exitCode()).isEqualTo(2);
        then(withMissing.err()).startsWith("emulator: --seed " + missing + ": no such file");
        then(withNotJson.exitCode()).isEqualTo(2);
        then(withNotJson.err()).startsWith("emulator: --seed " + notJson + ": not JSON");
    }

    @Test
    void binds_to_the_host_it_is_given() {
        // WHEN the emulator is started on --host localhost
        Run run = run("--port", "0", "--host", "localhost");

        // THEN it listens on the loopback address that name resolves to
        then(run.exitCode()).as(run.err()).isZero();
        then(run.observations().get(0)).matches("http://(127\\.0\\.0\\.1|\\[0:0:0:0:0:0:0:1\\]):[0-9]+");
    }

    @Test
    void refuses_a_host_it_cannot_bind_with_exit_code_2_and_the_host() {
        // WHEN the emulator is started on a host name that does not resolve
        Run run = run("--port", "0", "--host", "no-such-host.invalid");

        // THEN it stops with exit code 2 and a message naming the host
        then(run.exitCode()).isEqualTo(2);
        then(run.out()).isEmpty();
        then(run.err()).startsWith("emulator: cannot listen on no-such-host.invalid:0");
    }
}
