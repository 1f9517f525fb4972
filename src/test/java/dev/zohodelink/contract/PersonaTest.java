package dev.zohodelink.contract;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaTest {

    @Test
    void the_limited_scope_reads_and_creates_every_module_but_may_delink_none() {
        // WHEN
        List<String> scopes = Persona.LIMITED_SCOPE.scopes();

        // THEN
        then(scopes)
                .hasSize(2 * Module.values().length)
                .contains(Scopes.of(Module.CAMPAIGNS, "READ"), Scopes.of(Module.CAMPAIGNS, "CREATE"));
        for (Module module : Module.values()) {
            then(Scopes.grant(scopes, module, Operation.DELINK))
                    .as(module.name())
                    .isFalse();
            then(Scopes.grant(scopes, module, Operation.CREATE))
                    .as(module.name())
                    .isTrue();
        }
    }

    @Test
    void every_other_persona_holds_every_module_and_only_the_restricted_user_may_not_delete() {
        // WHEN / THEN
        Arrays.stream(Persona.values())
                .filter(persona -> persona != Persona.LIMITED_SCOPE)
                .forEach(persona -> then(persona.scopes()).as(persona.name()).containsExactly(Scopes.ALL_MODULES));
        then(Arrays.stream(Persona.values()).filter(persona -> !persona.mayDeleteRelatedRecords()))
                .containsExactly(Persona.RESTRICTED_USER);
    }

    @Test
    void each_persona_has_its_own_refresh_token_variable() {
        // WHEN / THEN
        then(Arrays.stream(Persona.values()).map(Persona::refreshTokenVariable))
                .containsExactly(
                        "ZOHO_REFRESH_TOKEN",
                        "ZOHO_LIMITED_SCOPE_REFRESH_TOKEN",
                        "ZOHO_RESTRICTED_USER_REFRESH_TOKEN",
                        "ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN");
    }

    @Test
    void is_found_by_the_words_of_its_step_and_by_nothing_else() {
        // WHEN / THEN
        then(Persona.fromGherkin("the caller's token does not grant delinking on any module"))
                .isEqualTo(Persona.LIMITED_SCOPE);
        then(Persona.fromGherkin("the caller is a user whose profile may not delete related records"))
                .isEqualTo(Persona.RESTRICTED_USER);
        thenThrownBy(() -> Persona.fromGherkin("")).hasMessage("no persona is named ''");
    }
}
