package dev.zohodelink.runner;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Counts one version's scenarios as they finish, and prints one line per feature file when it is done, and one per
 * failed scenario with the first line of its failure. A scenario that does not apply (another version, a premise
 * only the emulator offers) is aborted by its hook and counted as skipped; one the tag filter left out is not counted.
 */
final class ProgressListener implements TestExecutionListener {

    private final String version;
    private final PrintStream out;
    private final Map<String, VersionCount> perFeature = new ConcurrentHashMap<>();
    private final List<String> runFailures = new CopyOnWriteArrayList<>();
    private final List<String> scenarioFailures = new CopyOnWriteArrayList<>();

    ProgressListener(String version, PrintStream out) {
        this.version = version;
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            switch (result.getStatus()) {
                case SUCCESSFUL -> count(test, new VersionCount(version, 1, 0, 0));
                case ABORTED -> count(test, new VersionCount(version, 0, 0, 1));
                case FAILED -> {
                    count(test, new VersionCount(version, 0, 1, 0));
                    String failure = "FAILED on " + version + ": " + test.getDisplayName() + ": " + firstLine(result);
                    scenarioFailures.add(failure);
                    out.println("  " + failure);
                }
            }
        } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            String failure = "failed on " + version + ": " + test.getDisplayName() + ": " + firstLine(result);
            runFailures.add(failure);
            out.println("  " + failure);
        } else if (test.getUniqueIdObject().getLastSegment().getType().equals("feature")
                && test.getSource().isPresent()) {
            featurePath(test.getSource().get())
                    .map(perFeature::get)
                    .ifPresent(count -> out.println("  " + version + " "
                            + featurePath(test.getSource().get()).orElseThrow() + ": " + count.outcomes()));
        }
    }

    private void count(TestIdentifier test, VersionCount one) {
        test.getSource()
                .flatMap(ProgressListener::featurePath)
                .ifPresent(feature -> perFeature.merge(feature, one, VersionCount::plus));
    }

    private static Optional<String> featurePath(TestSource source) {
        String path = source instanceof FileSource file
                ? file.getFile().getPath()
                : source instanceof ClasspathResourceSource resource ? resource.getClasspathResourceName() : "";
        int features = path.lastIndexOf("features/");
        return path.endsWith(".feature")
                ? Optional.of(features < 0 ? path : path.substring(features))
                : Optional.empty();
    }

    private static String firstLine(TestExecutionResult result) {
        return result.getThrowable()
                .map(t -> String.valueOf(t.getMessage())
                        .lines()
                        .filter(l -> !l.isBlank())
                        .findFirst()
                        .orElse(t.getClass().getSimpleName()))
                .orElse("");
    }

    /** What failed outside any scenario: the configuration, a hook of the whole run such as a live run's cleanup. */
    List<String> runFailures() {
        return List.copyOf(runFailures);
    }

    /** One line per failed scenario, as printed. */
    List<String> scenarioFailures() {
        return List.copyOf(scenarioFailures);
    }

    /** Every scenario of this version so far. */
    VersionCount count() {
        return perFeature.values().stream().reduce(new VersionCount(version, 0, 0, 0), VersionCount::plus);
    }
}
