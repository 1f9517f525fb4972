package dev.zohodelink.emulator.core.metadata;

import dev.zohodelink.contract.Module;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the values of an inserted record's fields, as parsed from JSON into strings, numbers, maps and lists. */
public final class FieldValues {

    private static final String DIGITS = "[0-9]{1,19}";

    private FieldValues() {}

    /** A whole number given as a JSON number or a string of digits (Zoho accepts both for integer fields). */
    public static Optional<Long> wholeNumber(Object value) {
        try {
            BigDecimal number = value instanceof Number n
                    ? new BigDecimal(n.toString())
                    : new BigDecimal(value.toString().strip());
            return Optional.of(number.longValueExact());
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    /** The id of a lookup value: {@code {"id": "..."}}, or a bare id (the create-appointments page types Owner as bigint). */
    public static Optional<String> id(Object value) {
        Object id = value instanceof Map<?, ?> map ? map.get("id") : value;
        return id == null
                        || id instanceof Map<?, ?>
                        || id instanceof List<?>
                        || !id.toString().matches(DIGITS)
                ? Optional.empty()
                : Optional.of(id.toString());
    }

    /**
     * The user ids of a multi-user lookup, in the documented shape {@code [{"Members": {"id": "..."}}]} or as
     * {@code [{"id": "..."}]}; elements of another shape are left out.
     */
    public static List<String> userIds(Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof List<?> elements) {
            for (Object element : elements) {
                Optional<String> id = id(element)
                        .or(() -> element instanceof Map<?, ?> map && map.size() == 1
                                ? id(map.values().iterator().next())
                                : Optional.empty());
                id.ifPresent(ids::add);
            }
        }
        return ids;
    }

    /** The module a multi-module lookup names, {@code {"module": {"api_name": "Contacts"}, ...}}, if it is one of the allowed. */
    public static Optional<Module> lookupModule(Object value, List<Module> allowed) {
        Object module = value instanceof Map<?, ?> map ? map.get("module") : null;
        Object apiName = module instanceof Map<?, ?> named ? named.get("api_name") : module;
        return allowed.stream()
                .filter(candidate -> candidate.urlName().equals(apiName))
                .findFirst();
    }
}
