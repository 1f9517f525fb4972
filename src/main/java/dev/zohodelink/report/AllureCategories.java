package dev.zohodelink.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.contract.ZohoError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Allure's failure categories, one per Zoho error code of the catalogue, matched against the assertion
 * messages' "Zoho answered HTTP &lt;status&gt; &lt;code&gt;" line; plus relation-state failures and per-record answers.
 */
public final class AllureCategories {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AllureCategories() {
    }

    public static List<Map<String, Object>> categories() {
        List<Map<String, Object>> categories = new ArrayList<>();
        java.util.Arrays.stream(ZohoError.values()).map(ZohoError::code).distinct().forEach(code ->
                categories.add(category("Zoho answered " + code, "(?s).*Zoho answered HTTP \\d+ " + Pattern.quote(code) + "\\b.*")));
        categories.add(category("Zoho answered per-record results", "(?s).*Zoho answered HTTP \\d+ data\\[.*"));
        categories.add(category("Zoho answered without an error code", "(?s).*Zoho answered HTTP \\d+\\s.*"));
        categories.add(category("Relation state differs from the promise", "(?s).*relation state:.*"));
        categories.add(category("Record missing after the call", "(?s).*still exists, read through Get Records.*"));
        categories.add(category("Fixture could not be set up", "(?s).*fixture step failed.*"));
        return categories;
    }

    private static Map<String, Object> category(String name, String messageRegex) {
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("name", name);
        category.put("messageRegex", messageRegex);
        category.put("matchedStatuses", List.of("failed", "broken"));
        return category;
    }

    static void writeIfConfigured() {
        String directory = System.getProperty("allure.results.directory");
        if (directory == null) {
            return;
        }
        try {
            Path results = Path.of(directory);
            Files.createDirectories(results);
            MAPPER.writeValue(results.resolve("categories.json").toFile(), categories());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
