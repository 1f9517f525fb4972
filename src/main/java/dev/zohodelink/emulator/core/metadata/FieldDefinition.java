package dev.zohodelink.emulator.core.metadata;

import dev.zohodelink.contract.Evidence;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * One field of a module as the emulator knows it: what {@code settings/fields} serves for it and what an insert must
 * satisfy. A field is required, and served as {@code system_mandatory}, only where Zoho's pages or official SDK say so;
 * a requirement that is merely inferred is kept here with its grade but not enforced.
 *
 * @param requirement why the field is mandatory, empty for an optional field
 * @param pickListValues the values of a picklist, in the order served
 * @param checksValues whether a value outside {@code pickListValues} (or {@code range}) is refused: only where the values are documented
 * @param lookupModules the module a lookup points to, or the modules a multi-module lookup may point to
 */
public record FieldDefinition(
        String apiName,
        String dataType,
        String jsonType,
        Integer length,
        boolean readOnly,
        Optional<Provenance> requirement,
        List<String> pickListValues,
        boolean checksValues,
        Optional<Range> range,
        List<Module> lookupModules) {

    /** Grades are listed strongest first: this one and every stronger one is enforced. */
    private static final Evidence WEAKEST_ENFORCED = Evidence.OFFICIAL_SDK;

    /** An inclusive range of whole numbers. */
    public record Range(long min, long max) {
        public boolean contains(long value) {
            return value >= min && value <= max;
        }
    }

    public static FieldDefinition of(String apiName, String dataType, String jsonType, Integer length) {
        return new FieldDefinition(
                apiName,
                dataType,
                jsonType,
                length,
                false,
                Optional.empty(),
                List.of(),
                false,
                Optional.empty(),
                List.of());
    }

    public static FieldDefinition readOnly(String apiName, String dataType, String jsonType) {
        return new FieldDefinition(
                apiName,
                dataType,
                jsonType,
                null,
                true,
                Optional.empty(),
                List.of(),
                false,
                Optional.empty(),
                List.of());
    }

    public FieldDefinition requiredBecause(Provenance why) {
        return new FieldDefinition(
                apiName,
                dataType,
                jsonType,
                length,
                readOnly,
                Optional.of(why),
                pickListValues,
                checksValues,
                range,
                lookupModules);
    }

    /** Picklist values; {@code documented} makes any other value INVALID_DATA. */
    public FieldDefinition values(List<String> values, boolean documented) {
        return new FieldDefinition(
                apiName,
                dataType,
                jsonType,
                length,
                readOnly,
                requirement,
                List.copyOf(values),
                documented,
                range,
                lookupModules);
    }

    public FieldDefinition within(long min, long max) {
        return new FieldDefinition(
                apiName,
                dataType,
                jsonType,
                length,
                readOnly,
                requirement,
                pickListValues,
                true,
                Optional.of(new Range(min, max)),
                lookupModules);
    }

    public FieldDefinition pointingTo(List<Module> modules) {
        return new FieldDefinition(
                apiName,
                dataType,
                jsonType,
                length,
                readOnly,
                requirement,
                pickListValues,
                checksValues,
                range,
                List.copyOf(modules));
    }

    /**
     * Required on insert: a requirement Zoho documents (or its SDK shows), never one only inferred. Not
     * {@link Provenance#isAssumed}, which also counts the SDK's as assumed: a deal's Stage is one.
     */
    public boolean enforced() {
        return requirement
                .filter(why -> why.evidence().compareTo(WEAKEST_ENFORCED) <= 0)
                .isPresent();
    }
}
