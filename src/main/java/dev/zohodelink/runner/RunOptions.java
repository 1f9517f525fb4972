package dev.zohodelink.runner;

import dev.zohodelink.contract.ApiVersion;
import io.cucumber.core.feature.GluePath;
import io.cucumber.core.resource.ClassLoaders;
import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.core.resource.ClasspathSupport;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one conformance run does.
 *
 * @param versions the API versions to run, one after another in this JVM
 * @param target {@code emulator} or {@code live}; empty to read {@code ZOHO_TARGET}
 * @param tags a Cucumber tag expression the scenarios must match; empty for all
 * @param excluded tags whose scenarios are left out, as Maven's {@code -DexcludedGroups}: the rest of the suite is
 *                 still judged whole, and leaving out {@code assumed} observes every undocumented expectation
 * @param threads scenarios run at once
 * @param reports the folder the run clears and writes its reports into
 * @param features folders of features to run besides the packaged ones
 * @param glue packages of step definitions to load besides the suite's own, each holding at least one class
 */
public record RunOptions(
        List<ApiVersion> versions,
        Optional<String> target,
        Optional<String> tags,
        List<String> excluded,
        int threads,
        Path reports,
        List<Path> features,
        List<String> glue) {

    public RunOptions {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no API version to run");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        filter(tags, excluded).ifPresent(RunOptions::parse);
        for (Path folder : features) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("no features folder " + folder);
            }
        }
        glue.forEach(RunOptions::requireClasses);
        versions = List.copyOf(versions);
        excluded = List.copyOf(excluded);
        features = List.copyOf(features);
        glue = List.copyOf(glue);
    }

    /** The tag expression of {@code tags} and {@code excluded} together; empty when every scenario is selected. */
    public Optional<String> filter() {
        return filter(tags, excluded);
    }

    private static Optional<String> filter(Optional<String> tags, List<String> excluded) {
        List<String> parts = Stream.concat(
                        tags.stream().map(t -> "(" + t + ")"),
                        excluded.stream().map(t -> "not @" + t.replaceFirst("^@", "")))
                .toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
    }

    /** A tag expression Cucumber cannot read would fail every scenario of the run, one by one: refused first. */
    private static void parse(String expression) {
        try {
            TagExpressionParser.parse(expression);
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("not a tag expression Cucumber reads: " + e.getMessage());
        }
    }

    /**
     * A glue package without a class would let every scenario using its steps fail as undefined, one by one: refused
     * first. Read as Cucumber reads {@code cucumber.glue} and scanned as it scans, subpackages included.
     */
    private static void requireClasses(String glue) {
        String packageName = ClasspathSupport.packageName(GluePath.parse(glue));
        if (new ClasspathScanner(ClassLoaders::getDefaultClassLoader)
                .scanForClassesInPackage(packageName)
                .isEmpty()) {
            throw new IllegalArgumentException("no glue package " + glue + " on the classpath");
        }
    }
}
