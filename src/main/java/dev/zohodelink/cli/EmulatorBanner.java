package dev.zohodelink.cli;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.control.ControlKey;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What the standalone emulator prints once it listens: its base URL on the first line, then how to use it. */
record EmulatorBanner(URI base, BehaviourProfile profile, boolean controlKeyRequired) {

    void print(PrintWriter out, String demoToken, List<String> oauthLines, Optional<String> seeded) {
        out.println("Zoho CRM emulator listening on " + base + " (profile " + profile.name() + ")");
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
