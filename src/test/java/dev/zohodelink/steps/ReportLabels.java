package dev.zohodelink.steps;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.support.FeatureFile;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups scenarios in Allure by documentation section (the folder under {@code features/}) and API version,
 * and keeps the same scenario on different versions apart rather than shown as retries.
 */
final class ReportLabels {

    private static final Set<String> REPLACED = Set.of("epic", "parentSuite", "suite");

    private ReportLabels() {
    }

    static void apply(Scenario scenario, RunConfiguration run) {
        String section = FeatureFile.of(scenario.getUri()).section();
        String version = "API " + run.version().pathSegment();
        boolean assumed = scenario.getSourceTagNames().contains("@assumed");
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) {
            return; // a run without Allure's plugin, such as the features run in process by the project's own tests
        }
        Allure.getLifecycle().updateTestCase(result -> {
            result.getLabels().removeIf(label -> REPLACED.contains(label.getName()));
            result.getLabels().addAll(List.of(
                    new Label().setName("epic").setValue(section),
                    new Label().setName("parentSuite").setValue(version),
                    new Label().setName("suite").setValue(section),
                    new Label().setName("target").setValue(run.target().name().toLowerCase(Locale.ROOT)),
                    new Label().setName("evidence").setValue(assumed ? "assumed" : "documented or seen on the wire")));
            result.getParameters().add(new Parameter().setName("API version").setValue(run.version().pathSegment()));
            result.setHistoryId(digest(result.getHistoryId() + "|" + run.version().pathSegment()));
            if (assumed) {
                result.setDescription("Assumed behaviour: Zoho does not document this case. The expectation follows the "
                        + "best evidence available (see the feature's comments and reports/assumptions.md); behaviour profile "
                        + run.profile().name() + ".");
            }
        });
    }


    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
