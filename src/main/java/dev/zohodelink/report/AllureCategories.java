package dev.zohodelink.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.assertions.FailureMarker;
import dev.zohodelink.contract.ZohoError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Allure's failure categories, one per Zoho error code of the catalogue, matched against the failure messages'
 * {@link FailureMarker#ZOHO_ANSWERED} line; plus relation-state failures, records gone and fixtures that failed, by the
 * markers the steps write. Allure files a failure under the first category that matches.
 */
public final class AllureCategories {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One entry of Allure's {@code categories.json}. */
    public record Category(String name, String messageRegex, List<String> matchedStatuses) {

        private static final List<String> FAILURES = List.of("failed", "broken");

        /** A failure whose message says Zoho answered with a status, then {@code afterStatus}. */
        static Category zohoAnswered(String name, String afterStatus) {
            return new Category(
                    name,
                    "(?s).*" + Pattern.quote(FailureMarker.ZOHO_ANSWERED.text()) + "\\d+" + afterStatus + ".*",
                    FAILURES);
        }

        static Category containing(String name, FailureMarker marker) {
            return new Category(name, "(?s).*" + Pattern.quote(marker.text()) + ".*", FAILURES);
        }
    }

    private AllureCategories() {}

    public static List<Category> categories() {
        List<Category> categories = new ArrayList<>();
        Arrays.stream(ZohoError.values())
                .map(ZohoError::code)
                .distinct()
                .forEach(code -> categories.add(
                        Category.zohoAnswered("Zoho answered " + code, " " + Pattern.quote(code) + "\\b")));
        categories.add(Category.zohoAnswered("Zoho answered per-record results", " data\\["));
        categories.add(Category.zohoAnswered("Zoho answered without an error code", "\\s"));
        categories.add(Category.containing("Relation state differs from the promise", FailureMarker.RELATION_STATE));
        categories.add(Category.containing("Record missing after the call", FailureMarker.RECORD_STILL_EXISTS));
        categories.add(Category.containing("Fixture could not be set up", FailureMarker.FIXTURE_STEP_FAILED));
        return categories;
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
