package dev.zohodelink.glue.steps;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.recording.Exchange;
import dev.zohodelink.recording.Recording;
import dev.zohodelink.recording.RecordingStore;
import dev.zohodelink.report.FeatureFile;
import dev.zohodelink.targets.Target;
import io.cucumber.java.Scenario;
import java.nio.file.Path;
import java.util.List;

/** Writes a scenario's normalised exchanges to {@code reports/recordings/<version>/<feature>/<scenario>.json}. */
final class Recordings {

    private Recordings() {}

    static Path root() {
        return Path.of(System.getProperty("zoho.reports.dir", "reports"), "recordings");
    }

    static void write(Scenario scenario, RunConfiguration run, Target target, List<Exchange> exchanges) {
        new RecordingStore(root())
                .write(new Recording(
                        FeatureFile.of(scenario.getUri()).name(),
                        scenario.getName(),
                        run.version().pathSegment(),
                        target.name(),
                        exchanges));
    }
}
