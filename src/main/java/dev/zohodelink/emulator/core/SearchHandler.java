package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Operation;
import dev.zohodelink.contract.ZohoError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Search Records, enough for the suite to find its leftovers: {@code GET /{module}/search?criteria=(Field:op:value)}
 * with the operators {@code equals} and {@code starts_with}, groups joined by {@code and} or {@code or}
 * ({@code ((A:equals:x)and(B:starts_with:y))}), and {@code GET /{module}/search?word=value}. Paged like Get
 * Records; 204 when nothing matches.
 *
 * <p>Where Zoho is silent or the emulator is simpler (assumed): matching is case-insensitive for both operators and
 * the word; the word matches a substring of any text field; a field no record has matches nothing; an operator
 * other than the two, or criteria that do not parse, are UNABLE_TO_PARSE_DATA_TYPE; {@code criteria} wins over
 * {@code word}; {@code fields} is optional and selects the fields answered.
 */
final class SearchHandler {

    private final Records records;

    SearchHandler(Records records) {
        this.records = records;
    }

    EmulatorResponse search(ApiCall call) {
        call.requireScope(call.module(), Operation.READ);
        Predicate<StoredRecord> matches = matcher(call.query());
        FieldSelection fields =
                call.query().containsKey("fields") ? FieldSelection.from(call) : new FieldSelection(null);
        RelatedRecordsHandler.Paging paging = RelatedRecordsHandler.Paging.from(call.query());
        return records.atomically(() -> paging.respond(
                records.inModule(call.module()).stream().filter(matches).toList(), fields));
    }

    private static Predicate<StoredRecord> matcher(Map<String, String> query) {
        String criteria = query.get("criteria");
        if (criteria != null && !criteria.isBlank()) {
            return new CriteriaParser(criteria.strip()).parse();
        }
        String word = query.get("word");
        if (word != null && !word.isBlank()) {
            String needle = word.strip().toLowerCase(Locale.ROOT);
            return record -> record.fields().values().stream()
                    .anyMatch(value -> value instanceof String text
                            && text.toLowerCase(Locale.ROOT).contains(needle));
        }
        throw new Rejection(ZohoError.REQUIRED_PARAM_MISSING, Map.of("param_name", "criteria"));
    }

    /**
     * {@code group := "(" (field ":" operator ":" value | group (("and"|"or") group)*) ")"}; in a value, {@code \}
     * escapes the next character, as Zoho asks for parentheses and commas. Mixing {@code and} and {@code or} in one
     * group is refused rather than guessed at.
     */
    private static final class CriteriaParser {

        /** Deeper nesting is refused, so that no query can exhaust the stack. */
        private static final int MAX_DEPTH = 16;

        private final String text;
        private int at;
        private int depth;

        CriteriaParser(String text) {
            this.text = text;
        }

        Predicate<StoredRecord> parse() {
            Predicate<StoredRecord> predicate = expression();
            if (at != text.length()) {
                throw malformed();
            }
            return predicate;
        }

        /** A sequence of groups joined by one connective, at the top level or inside parentheses. */
        private Predicate<StoredRecord> expression() {
            List<Predicate<StoredRecord>> groups = new ArrayList<>();
            groups.add(group());
            String connective = null;
            while (at < text.length() && text.charAt(at) != ')') {
                String next = connective();
                if (connective != null && !connective.equals(next)) {
                    throw malformed();
                }
                connective = next;
                groups.add(group());
            }
            if (groups.size() == 1) {
                return groups.get(0);
            }
            return "and".equals(connective)
                    ? record -> groups.stream().allMatch(g -> g.test(record))
                    : record -> groups.stream().anyMatch(g -> g.test(record));
        }

        private String connective() {
            for (String word : List.of("and", "or")) {
                if (text.regionMatches(true, at, word, 0, word.length())) {
                    at += word.length();
                    return word;
                }
            }
            throw malformed();
        }

        private Predicate<StoredRecord> group() {
            expect('(');
            if (++depth > MAX_DEPTH) {
                throw malformed();
            }
            Predicate<StoredRecord> predicate =
                    at < text.length() && text.charAt(at) == '(' ? expression() : condition();
            expect(')');
            depth--;
            return predicate;
        }

        private Predicate<StoredRecord> condition() {
            String field = token();
            expect(':');
            String operator = token().toLowerCase(Locale.ROOT);
            expect(':');
            String value = value();
            if (field.isEmpty() || value.isEmpty()) {
                throw malformed();
            }
            String wanted = value.toLowerCase(Locale.ROOT);
            return switch (operator) {
                case "equals" ->
                    record -> text(record, field).map(v -> v.equals(wanted)).orElse(false);
                case "starts_with" ->
                    record -> text(record, field).map(v -> v.startsWith(wanted)).orElse(false);
                default -> throw malformed();
            };
        }

        private static java.util.Optional<String> text(StoredRecord record, String field) {
            Object value = record.asJson().get(field);
            return value == null || value instanceof Map<?, ?>
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(value.toString().toLowerCase(Locale.ROOT));
        }

        /** A field API name or an operator. */
        private String token() {
            int start = at;
            while (at < text.length()
                    && (Character.isLetterOrDigit(text.charAt(at))
                            || text.charAt(at) == '_'
                            || text.charAt(at) == '.')) {
                at++;
            }
            return text.substring(start, at);
        }

        /** Up to the closing parenthesis; a backslash escapes the next character. */
        private String value() {
            StringBuilder value = new StringBuilder();
            while (at < text.length() && text.charAt(at) != ')') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    if (at >= text.length()) {
                        throw malformed();
                    }
                    c = text.charAt(at++);
                } else if (c == '(') {
                    throw malformed();
                }
                value.append(c);
            }
            return value.toString();
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw malformed();
            }
            at++;
        }

        private static Rejection malformed() {
            return new Rejection(ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
        }
    }
}
