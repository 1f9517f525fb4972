package dev.zohodelink.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.assertions.ExpectationTable;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ZohoError;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.DataTableArgument;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records each scenario's outcome and the facts it attached (coverage, usage, observations), and writes them as one JSON file per run
 * ({@code dev.zohodelink.report.ScenarioOutcomePlugin:reports/results/v7.json}). Also gives Allure its failure
 * categories, derived from the error catalogue.
 */
public final class ScenarioOutcomePlugin implements ConcurrentEventListener {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path output;
    private final Map<UUID, ScenarioFacts.Attachment> facts = new ConcurrentHashMap<>();
    private final Map<UUID, ScenarioOutcome> outcomes = new ConcurrentHashMap<>();

    public ScenarioOutcomePlugin(File output) {
        this.output = output.toPath();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> AllureCategories.writeIfConfigured());
        publisher.registerHandlerFor(EmbedEvent.class, this::collectCoverage);
        publisher.registerHandlerFor(TestCaseFinished.class, this::collectOutcome);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private void collectCoverage(EmbedEvent event) {
        if (ScenarioFacts.MEDIA_TYPE.equals(event.getMediaType())) {
            try {
                facts.put(
                        event.getTestCase().getId(), MAPPER.readValue(event.getData(), ScenarioFacts.Attachment.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void collectOutcome(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        ScenarioFacts.Attachment scenarioFacts = facts.getOrDefault(testCase.getId(), ScenarioFacts.Attachment.NONE);
        Status status = event.getResult().getStatus();
        Throwable error = event.getResult().getError();
        FeatureFile feature = FeatureFile.of(testCase.getUri());
        outcomes.put(
                testCase.getId(),
                new ScenarioOutcome(
                        feature.name(),
                        testCase.getName(),
                        feature.path(),
                        testCase.getLocation().getLine(),
                        List.copyOf(testCase.getTags()),
                        status.name(),
                        reason(status, error),
                        scenarioFacts.relations(),
                        status == Status.SKIPPED ? errorsNamedInSteps(testCase) : scenarioFacts.errors(),
                        scenarioFacts.usage().calls(),
                        scenarioFacts.usage().credits(),
                        scenarioFacts.usage().retries(),
                        scenarioFacts.observations(),
                        scenarioFacts.expectations()));
    }

    /** Why a scenario did not pass; an undefined, pending or ambiguous step fails it without an error of its own. */
    private static String reason(Status status, Throwable error) {
        if (status == Status.PASSED) {
            return null;
        }
        if (error != null) {
            return firstLine(error.getMessage());
        }
        return status == Status.SKIPPED ? null : "a step is " + status.name().toLowerCase(Locale.ROOT);
    }

    /** The run as its scenarios' Worlds were configured; a run whose scenarios attached nothing falls back to the process settings. */
    private ConfiguredRun run() {
        return facts.values().stream()
                .map(ScenarioFacts.Attachment::run)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> ConfiguredRun.of(RunConfiguration.from(Settings.fromProcess())));
    }

    private void write() {
        ConfiguredRun run = run();
        List<ScenarioOutcome> sorted = new ArrayList<>(outcomes.values());
        sorted.sort(Comparator.comparing(ScenarioOutcome::uri).thenComparingInt(ScenarioOutcome::line));
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            MAPPER.writeValue(output.toFile(), new RunOutcome(run.version(), run.target(), run.profile(), sorted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    /** A skipped scenario proved nothing, but the catalogue errors its steps' tables state show what it would have covered. */
    private static List<ZohoError> errorsNamedInSteps(TestCase testCase) {
        return testCase.getTestSteps().stream()
                .filter(step -> step instanceof PickleStepTestStep)
                .map(step -> ((PickleStepTestStep) step).getStep())
                .filter(step -> step.getArgument() instanceof DataTableArgument)
                .flatMap(step -> java.util.Arrays.stream(ZohoError.values())
                        .filter(error ->
                                ExpectationTable.of(error).equals(((DataTableArgument) step.getArgument()).cells())))
                .distinct()
                .toList();
    }
}
