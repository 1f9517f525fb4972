package dev.zohodelink.glue.steps;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.report.FeatureFile;
import io.cucumber.java.Scenario;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups scenarios in Allure by documentation section (the folder under {@code features/}) and API version,
 * and keeps the same scenario on different versions apart rather than shown as retries. To keep the single-file
 * report small, a test case leaves out what is the same for many: the feature's description (in {@code features/}
 * and the Cucumber report) and the labels of the machine and the thread, the class and the package.
 */
final class ReportLabels {

    private static final Set<String> REPLACED = Set.of("epic", "parentSuite", "suite");
    private static final Set<String> LEFT_OUT =
            Set.of("host", "thread", "testClass", "framework", "language", "gherkin_uri", "package");

    private ReportLabels() {}

    /** Only when Allure reports the run: a feature run launched by the project's own tests has no Allure test case. */
    static void apply(Scenario scenario, RunConfiguration run) {
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) {
            return;
        }
        String section = FeatureFile.of(scenario.getUri()).section();
        String version = "API " + run.version().pathSegment();
        boolean assumed = scenario.getSourceTagNames().contains("@assumed");
        Allure.getLifecycle().updateTestCase(scenario.getId(), result -> {
            List<Label> labels = new ArrayList<>(result.getLabels());
            labels.removeIf(label -> REPLACED.contains(label.getName()) || LEFT_OUT.contains(label.getName()));
            labels.addAll(List.of(
                    new Label().setName("epic").setValue(section),
                    new Label().setName("parentSuite").setValue(version),
                    new Label().setName("suite").setValue(section),
                    new Label().setName("target").setValue(run.target().name().toLowerCase(Locale.ROOT)),
                    new Label().setName("evidence").setValue(assumed ? "assumed premise" : "graded per expectation")));
            result.setLabels(labels);
            List<Parameter> parameters = new ArrayList<>(result.getParameters());
            parameters.add(new Parameter()
                    .setName("API version")
                    .setValue(run.version().pathSegment()));
            result.setParameters(parameters);
            result.setHistoryId(
                    digest(result.getHistoryId() + "|" + run.version().pathSegment()));
            result.setDescription(null);
            result.setDescriptionHtml(null);
            if (assumed) {
                result.setDescription(
                        "Assumed premise: Zoho does not document this case, so no expectation here counts as "
                                + "documented. Each follows the best evidence available (the feature's text, the attached scenario facts and "
                                + "reports/assumptions.md); behaviour profile "
                                + run.profile().name() + ".");
            }
        });
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
