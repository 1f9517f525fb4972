package dev.zohodelink.cli;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.control.ControlKey;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the standalone emulator prints once it listens: its base URL on the first line, then how to use it.
 *
 * @param base the URL this machine reaches it at, loopback when it listens on every interface
 * @param everyInterface it listens on every interface, so other machines reach it by this machine's name or address
 */
record EmulatorBanner(URI base, boolean everyInterface, BehaviourProfile profile, boolean controlKeyRequired) {

    void print(PrintWriter out, String demoToken, List<String> oauthLines, Optional<String> seeded) {
        out.println("Zoho CRM emulator listening on " + base + " (profile " + profile.name() + ")");
        if (everyInterface) {
            out.println("Elsewhere:     http://<this machine's name or address>:" + base.getPort()
                    + " (it listens on every interface)");
        }
        out.println("API:           " + base + "/crm/{v2.1|v7|v8}/...");
        out.println("Control plane: " + base + "/__emulator/health"
                + (controlKeyRequired ? " (send the control key in " + ControlKey.HEADER + ")" : ""));
        out.println(
                "Demo access token of the emulator's administrator, scope ZohoCRM.modules.ALL (valid for this process only):");
        out.println("  " + demoToken);
        out.println("Token URL:     " + base + "/oauth/v2/token");
        oauthLines.forEach(out::println);
        seeded.ifPresent(out::println);
        out.flush();
    }
}
