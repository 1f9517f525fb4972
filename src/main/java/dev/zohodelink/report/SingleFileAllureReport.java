package dev.zohodelink.report;

import io.qameta.allure.ConfigurationBuilder;
import io.qameta.allure.Context;
import io.qameta.allure.Extension;
import io.qameta.allure.ReportGenerator;
import io.qameta.allure.core.Configuration;
import io.qameta.allure.core.Plugin;
import io.qameta.allure.ga.GaPlugin;
import io.qameta.allure.plugin.DefaultPluginLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders a folder of Allure results into one self-contained {@code index.html}, in process, with Allure 2's own
 * generator and its Behaviors tab: what {@code run} and {@code merge-results} write, with nothing but Java.
 */
public final class SingleFileAllureReport {

    /** The Behaviors plugin's folder as the build packs it from Allure's command-line distribution. */
    private static final String BEHAVIORS_PLUGIN = "allure-plugins/behaviors/";

    private static final List<String> BEHAVIORS_PLUGIN_FILES =
            List.of("allure-plugin.yml", "behaviors-plugin.jar", "static/index.js");
    private static final String REPORT_NAME = "Zoho CRM Delink Related Records conformance";
    /** Allure's template loads Google's analytics unless ALLURE_NO_ANALYTICS is set in the environment. */
    private static final String ANALYTICS_SCRIPT =
            "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-FVWC4GKEYS\"></script>";

    private SingleFileAllureReport() {}

    /** Writes {@code reportDirectory/index.html} from {@code results}, replacing what the folder held; returns it. */
    public static Path render(Path results, Path reportDirectory) throws IOException {
        Path behaviorsPlugin = Files.createTempDirectory("allure-behaviors-plugin");
        try {
            copyBehaviorsPlugin(behaviorsPlugin);
            Plugin behaviors = new DefaultPluginLoader()
                    .loadPlugin(SingleFileAllureReport.class.getClassLoader(), behaviorsPlugin)
                    .orElseThrow(() ->
                            new IOException("Allure's Behaviors plugin could not be loaded from " + BEHAVIORS_PLUGIN));
            Configuration configuration = ConfigurationBuilder.empty()
                    .withExtensions(bundledExtensionsWithoutAnalytics())
                    .withPlugins(List.of(behaviors))
                    .withReportName(REPORT_NAME)
                    .build();
            delete(reportDirectory);
            new ReportGenerator(configuration).generateSingleFile(reportDirectory, List.of(results));
        } finally {
            deleteOnExit(behaviorsPlugin);
        }
        Path index = reportDirectory.resolve("index.html");
        Files.writeString(
                index,
                ReportStylesheet.withModernFontFormatsOnly(
                        Files.readString(index).replace(ANALYTICS_SCRIPT, "")));
        return index;
    }

    /** Allure's bundled aggregators and readers, without the one that reports each generation to Google Analytics. */
    private static List<Extension> bundledExtensionsWithoutAnalytics() {
        return ConfigurationBuilder.bundled().build().getExtensions().stream()
                .filter(extension -> !(extension instanceof Context<?>) && !(extension instanceof GaPlugin))
                .toList();
    }

    private static void copyBehaviorsPlugin(Path directory) throws IOException {
        for (String file : BEHAVIORS_PLUGIN_FILES) {
            try (InputStream in =
                    SingleFileAllureReport.class.getClassLoader().getResourceAsStream(BEHAVIORS_PLUGIN + file)) {
                if (in == null) {
                    throw new IOException("the jar lacks " + BEHAVIORS_PLUGIN + file
                            + " (packed by the build from allure-commandline)");
                }
                Path target = directory.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    /** The plugin's class loader keeps its jar open, which Windows does not let go before the JVM ends. */
    private static void deleteOnExit(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.forEach(file -> file.toFile().deleteOnExit());
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
