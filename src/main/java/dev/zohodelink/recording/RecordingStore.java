package dev.zohodelink.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Recordings on disk: {@code <root>/<version>/<feature>/<scenario>.json}, one file per scenario and version.
 * The same layout serves a run's recordings ({@code reports/recordings}) and committed baselines.
 */
public final class RecordingStore {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path root;

    public RecordingStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public static String key(Recording recording) {
        return recording.feature() + "/" + slug(recording.scenario());
    }

    public void write(Recording recording) {
        Path file = root.resolve(recording.version()).resolve(key(recording) + ".json");
        try {
            Files.createDirectories(file.getParent());
            MAPPER.writeValue(file.toFile(), recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recordings of one version, by {@link #key}; empty when there are none. */
    public Map<String, Recording> read(String version) {
        Map<String, Recording> recordings = new TreeMap<>();
        Path directory = root.resolve(version);
        if (!Files.isDirectory(directory)) {
            return recordings;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Recording recording = MAPPER.readValue(file.toFile(), Recording.class);
                recordings.put(key(recording), recording);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recordings;
    }

    /** Replaces a version's recordings here by another store's: how a baseline is recorded. */
    public void replace(String version, RecordingStore source) {
        Path directory = root.resolve(version);
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> old = Files.walk(directory)) {
                    old.sorted(java.util.Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        source.read(version).values().forEach(this::write);
    }

    static String slug(String scenario) {
        String slug =
                scenario.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 120 ? slug.substring(0, 120) : slug;
    }
}
