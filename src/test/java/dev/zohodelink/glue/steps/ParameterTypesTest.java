package dev.zohodelink.glue.steps;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.Module;
import io.cucumber.java.ParameterType;
import org.junit.jupiter.api.Test;

class ParameterTypesTest {

    @Test
    void the_module_words_of_the_features_are_exactly_the_modules_of_the_contract() throws NoSuchMethodException {
        // GIVEN the regular expression of {module}, which Cucumber needs as a constant
        String pattern = ParameterTypes.class
                .getMethod("module", String.class)
                .getAnnotation(ParameterType.class)
                .value();

        // WHEN / THEN every singular and plural of the contract matches it in full and resolves to its module
        for (Module module : Module.values()) {
            then(module.singular()).matches(pattern);
            then(module.plural()).matches(pattern);
            then(new ParameterTypes().module(module.plural())).isEqualTo(module);
        }
        then(pattern.split("\\|")).hasSize(2 * Module.values().length);
    }
}
