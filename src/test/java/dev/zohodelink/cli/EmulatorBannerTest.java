package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.BehaviourProfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmulatorBannerTest {

    private static List<String> printed(boolean everyInterface) {
        StringWriter out = new StringWriter();
        new EmulatorBanner(URI.create("http://127.0.0.1:8080"), everyInterface, BehaviourProfile.bestEvidence(), true)
                .print(new PrintWriter(out), "demo-token", List.of(), Optional.empty());
        return out.toString().lines().toList();
    }

    @Test
    void on_every_interface_the_first_line_names_loopback_and_the_next_how_other_machines_reach_it() {
        then(printed(true))
                .startsWith(
                        "Zoho CRM emulator listening on http://127.0.0.1:8080 (profile best-evidence)",
                        "Elsewhere:     http://<this machine's name or address>:8080 (it listens on every interface)",
                        "API:           http://127.0.0.1:8080/crm/{v2.1|v7|v8}/...");
    }

    @Test
    void on_one_address_it_prints_no_other_way_in() {
        then(printed(false))
                .startsWith(
                        "Zoho CRM emulator listening on http://127.0.0.1:8080 (profile best-evidence)",
                        "API:           http://127.0.0.1:8080/crm/{v2.1|v7|v8}/...")
                .noneMatch(line -> line.startsWith("Elsewhere:"));
    }
}
