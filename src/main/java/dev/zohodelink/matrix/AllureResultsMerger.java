package dev.zohodelink.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Merges the Allure results of several matrix jobs into one results directory, from which one report is generated.
 * Each test result is marked with its job: the org as the parent suite, its version as the suite, a label and a
 * parameter {@code org}, and history ids that include org and version, so the same scenario run against two orgs
 * shows as two tests rather than as retries of one. Containers and attachments are copied as they are (their names
 * are UUIDs); the per-run files ({@code categories.json}, {@code executor.json}, ...) are taken from the first job.
 */
public final class AllureResultsMerger {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> REPLACED_LABELS = Set.of("parentSuite", "suite", "subSuite", "org");

    /** @return how many test results were merged */
    public int merge(List<MatrixJob> jobs, Path into) {
        int results = 0;
        try {
            Files.createDirectories(into);
            for (MatrixJob job : jobs) {
                if (!Files.isDirectory(job.allureResults())) {
                    continue;
                }
                try (Stream<Path> files = Files.list(job.allureResults())) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith("-result.json")) {
                            Files.write(
                                    into.resolve(name),
                                    MAPPER.writeValueAsBytes(marked((ObjectNode) MAPPER.readTree(file.toFile()), job)));
                            results++;
                        } else if (!Files.exists(into.resolve(name))) {
                            Files.copy(file, into.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    private static ObjectNode marked(ObjectNode result, MatrixJob job) {
        ArrayNode labels = result.withArray("labels");
        String section = text(labels, "suite");
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (REPLACED_LABELS.contains(labels.get(i).path("name").asText())) {
                labels.remove(i);
            }
        }
        label(labels, "parentSuite", job.org());
        label(labels, "suite", "API " + job.version());
        if (section != null) {
            label(labels, "subSuite", section);
        }
        label(labels, "org", job.org());
        ArrayNode parameters = result.withArray("parameters");
        parameters.addObject().put("name", "org").put("value", job.org());
        String salt = "|" + job.org() + "|" + job.version();
        result.put("historyId", digest(result.path("historyId").asText() + salt));
        result.put("testCaseId", digest(result.path("testCaseId").asText() + salt));
        return result;
    }

    private static String text(ArrayNode labels, String name) {
        for (JsonNode label : labels) {
            if (name.equals(label.path("name").asText())) {
                return label.path("value").asText();
            }
        }
        return null;
    }

    private static void label(ArrayNode labels, String name, String value) {
        labels.addObject().put("name", name).put("value", value);
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
