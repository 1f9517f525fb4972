package dev.zohodelink.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data files a single-file Allure 2 report embeds, each as {@code d('data/test-cases/<uid>.json','<base64>')},
 * decoded: what the report's pages show, read without a browser.
 */
public final class EmbeddedReportData {

    private static final Pattern DATA_FILE = Pattern.compile("d\\('([^']++)','([A-Za-z0-9+/=]*+)'\\)");
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, byte[]> files;

    private EmbeddedReportData(Map<String, byte[]> files) {
        this.files = files;
    }

    public static EmbeddedReportData read(Path index) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Matcher file = DATA_FILE.matcher(Files.readString(index));
        while (file.find()) {
            files.put(file.group(1), Base64.getDecoder().decode(file.group(2)));
        }
        return new EmbeddedReportData(files);
    }

    /** Every test case the report shows, as Allure's {@code data/test-cases/<uid>.json}. */
    public List<JsonNode> testCases() {
        return files.entrySet().stream()
                .filter(e -> e.getKey().startsWith("data/test-cases/"))
                .map(e -> json(e.getValue()))
                .toList();
    }

    /** A test case's parameter, e.g. "API version". */
    public static String parameter(JsonNode testCase, String name) {
        for (JsonNode parameter : testCase.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter.path("value").asText();
            }
        }
        return "";
    }

    public JsonNode json(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new IllegalArgumentException("the report embeds no " + name + "; it embeds " + files.keySet());
        }
        return json(content);
    }

    private static JsonNode json(byte[] content) {
        try {
            return MAPPER.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
