package dev.zohodelink.matrix;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One job of a CI matrix: the suite run against one org (a sandbox, in one data centre) on one API version. Its
 * directory, as {@code .ci/matrix/run-org.sh} leaves it, holds {@value #PROPERTIES} (org, data centre, version, the
 * suite's exit status),
 * {@code allure-results/}, {@code results/<version>.json} and, for a live run, {@code live/<version>.json}.
 */
public record MatrixJob(String org, String dataCentre, String version, int status, Path dir) {

    public static final String PROPERTIES = "job.properties";

    /** @throws IllegalArgumentException when the directory is not a job's, naming what is missing */
    public static MatrixJob read(Path dir) {
        Path file = dir.resolve(PROPERTIES);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + ": no " + PROPERTIES + " (not a directory run-org.sh wrote)");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String status = properties.getProperty("status", "0").strip();
        if (!status.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException(file + ": 'status' is not an exit status: " + status);
        }
        return new MatrixJob(
                required(properties, "org", file),
                properties.getProperty("dc", "").strip(),
                required(properties, "version", file),
                Integer.parseInt(status),
                dir);
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(file + ": '" + key + "' is missing");
        }
        return value;
    }

    public Path allureResults() {
        return dir.resolve("allure-results");
    }

    public Path outcome() {
        return dir.resolve("results").resolve(version + ".json");
    }

    public Path liveRun() {
        return dir.resolve("live").resolve(version + ".json");
    }

    /** "sandbox-eu (eu) v7". */
    public String label() {
        return org + (dataCentre.isEmpty() ? "" : " (" + dataCentre + ")") + " " + version;
    }
}
