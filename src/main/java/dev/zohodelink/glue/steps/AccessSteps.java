package dev.zohodelink.glue.steps;

import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.targets.Caller;
import io.cucumber.java.en.Given;
import java.util.List;

/** Who calls: OAuth scopes, the user's profile and privileges, and the token itself. */
public class AccessSteps {

    private final ScenarioWorld world;

    public AccessSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("the caller's token grants only {word} access to {module}")
    public void grantsOnly(String operationType, Module module) {
        world.callAs(Caller.withScopes(List.of(Scopes.of(module, operationType))));
    }

    @Given("the caller's token grants access to all modules")
    public void grantsAllModules() {
        world.callAs(Caller.withScopes(List.of(Scopes.ALL_MODULES)));
    }

    /** The limited scope or the restricted user, as {@link ParameterTypes#persona} reads them. */
    @Given("{persona}")
    public void callerIs(Persona persona) {
        world.callAs(Caller.as(persona));
    }

    @Given(Persona.Gherkin.UNPRIVILEGED_USER + " {module}")
    public void withoutAccessTo(Module module) {
        world.callAs(Caller.withoutAccessTo(module));
    }

    @Given("the caller presents no access token")
    public void noToken() {
        world.callAs(Caller.withoutToken());
    }

    @Given("the caller presents an access token that Zoho never issued")
    public void unknownToken() {
        world.callAs(Caller.withUnknownToken());
    }

    @Given("the caller presents an access token that has expired")
    public void expiredToken() {
        world.callAs(Caller.withExpiredToken());
    }
}
