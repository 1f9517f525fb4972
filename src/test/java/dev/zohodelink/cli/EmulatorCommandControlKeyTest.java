package dev.zohodelink.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.emulator.control.ControlKey;
import dev.zohodelink.emulator.control.EmulatorControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The control plane of an emulator bound beyond loopback needs a key; the key never appears in what it prints or answers. */
class EmulatorCommandControlKeyTest {

    private static final String KEY = "control-key-3b9e1f0c";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Run(int exitCode, String out, String err, List<String> observations) {}

    private static Run run(Map<String, String> environment, Consumer<URI> whileRunning, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> observations = new ArrayList<>();
        CommandLine command = new CommandLine(new EmulatorCommand(environment, server -> {
            observations.add(server.baseUri().toString());
            whileRunning.accept(server.baseUri());
        }));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString(), observations);
    }

    private static HttpResponse<String> health(URI base, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/__emulator/health"));
        if (key != null) {
            request.header(ControlKey.HEADER, key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::"})
    void refuses_to_listen_beyond_loopback_without_a_control_key_with_exit_code_2_and_one_message(String host) {
        // WHEN the emulator is asked to bind every interface without a key
        Run run = run(Map.of(), base -> {}, "--port", "0", "--host", host);

        // THEN it never listens, and says what to set
        then(run.exitCode()).isEqualTo(2);
        then(run.observations()).isEmpty();
        then(run.out()).isEmpty();
        then(run.err().lines().toList())
                .containsExactly(
                        "emulator: --host " + host + " is reachable beyond this machine, so its control plane"
                                + " needs a key: set ZOHO_EMULATOR_CONTROL_KEY (or --control-key) and send it in the X-Emulator-Key header");
    }

    @Test
    void refuses_a_blank_control_key() {
        Run run = run(Map.of(), base -> {}, "--port", "0", "--control-key", " ");

        then(run.exitCode()).isEqualTo(2);
        then(run.err()).isEqualTo("emulator: --control-key must not be blank" + System.lineSeparator());
    }

    @Test
    void with_a_key_from_the_environment_every_control_request_must_carry_it_and_the_key_is_never_printed_or_echoed() {
        List<HttpResponse<String>> answers = new ArrayList<>();
        List<Object> viaTypedControl = new ArrayList<>();

        // WHEN the emulator runs with a key and the control plane is called without it, with a wrong one and with it
        Run run = run(
                Map.of(ControlKey.ENVIRONMENT_VARIABLE, KEY),
                base -> {
                    answers.add(health(base, null));
                    answers.add(health(base, KEY + "x"));
                    answers.add(health(base, KEY));
                    viaTypedControl.add(
                            EmulatorControl.overHttp(base, KEY).state().profile());
                    assertThatThrownBy(() ->
                                    EmulatorControl.overHttp(base, "wrong").state())
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("HTTP 401 INVALID_CONTROL_KEY")
                            .hasMessageNotContaining(KEY);
                },
                "--port",
                "0");

        // THEN only the request with the key is served; the refusals are JSON naming the header, not the key
        then(run.exitCode()).as(run.err()).isZero();
        then(answers).extracting(HttpResponse::statusCode).containsExactly(401, 401, 200);
        then(answers.get(0).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> then(type).startsWith("application/json"));
        then(answers.get(0).body())
                .contains("\"code\":\"INVALID_CONTROL_KEY\"", ControlKey.HEADER)
                .doesNotContain(KEY);
        then(answers.get(1).body()).doesNotContain(KEY);
        then(viaTypedControl).containsExactly("best-evidence");
        then(run.out()).contains("(send the control key in X-Emulator-Key)").doesNotContain(KEY);
        then(run.err()).doesNotContain(KEY);
    }

    @Test
    void on_loopback_without_a_key_the_control_plane_stays_open() {
        List<Integer> statuses = new ArrayList<>();

        Run run = run(Map.of(), base -> statuses.add(health(base, null).statusCode()), "--port", "0");

        then(run.exitCode()).as(run.err()).isZero();
        then(statuses).containsExactly(200);
    }

    @Test
    void the_control_key_option_wins_over_the_environment() {
        List<Integer> statuses = new ArrayList<>();

        run(
                Map.of(ControlKey.ENVIRONMENT_VARIABLE, "from-the-environment"),
                base -> {
                    statuses.add(health(base, "from-the-option").statusCode());
                    statuses.add(health(base, "from-the-environment").statusCode());
                },
                "--port",
                "0",
                "--control-key",
                "from-the-option");

        then(statuses).containsExactly(200, 401);
    }
}
