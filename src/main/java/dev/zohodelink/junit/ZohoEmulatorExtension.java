package dev.zohodelink.junit;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.DemoCredentials;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.emulator.seed.SeedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link ZohoEmulatorTest}: one emulator per top-level test class. */
public final class ZohoEmulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** Every scope the emulator checks, so that the token opens the CRM routes and the metadata SDKs read first. */
    static final List<String> FULL_SCOPE =
            List.of(Scopes.ALL_MODULES, "ZohoCRM.settings.ALL", "ZohoCRM.users.ALL", "ZohoCRM.org.ALL");

    static final Duration TOKEN_LIFETIME = Duration.ofDays(1);

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ZohoEmulatorExtension.class);
    private static final String RUNNING = "running";

    /** The server and what the tests are told about it; owned by the class that started it. */
    private record Running(EmulatorServer server, ZohoEmulatorInfo info) {}

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getStore(NAMESPACE).get(RUNNING, Running.class) != null) {
            return; // a nested class: the enclosing class's emulator serves it
        }
        ZohoEmulatorTest settings = AnnotationSupport.findAnnotation(
                        context.getRequiredTestClass(), ZohoEmulatorTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException(
                        "ZohoEmulatorExtension needs @ZohoEmulatorTest on the class"));
        Emulator emulator = new Emulator(profile(settings.profile()));
        EmulatorControl control = EmulatorControl.inProcess(emulator);
        control.registerClient(DemoCredentials.CLIENT_ID, DemoCredentials.CLIENT_SECRET);
        control.registerRefreshToken(
                DemoCredentials.CLIENT_ID,
                DemoCredentials.REFRESH_TOKEN,
                control.administrator(),
                List.of(Scopes.ALL_MODULES));
        SeedFile.Result seed = settings.seed().isBlank()
                ? ZohoEmulatorInfo.noSeed()
                : seed(context.getRequiredTestClass(), settings.seed(), control);
        String token = control.issueAccessToken(control.administrator(), FULL_SCOPE, TOKEN_LIFETIME);
        EmulatorServer server = EmulatorServer.startOnFreeLoopbackPort(emulator);
        ZohoEmulatorInfo info = new ZohoEmulatorInfo(
                server.baseUri().toString(),
                token,
                DemoCredentials.CLIENT_ID,
                DemoCredentials.CLIENT_SECRET,
                DemoCredentials.REFRESH_TOKEN,
                emulator,
                seed);
        context.getStore(NAMESPACE).put(RUNNING, new Running(server, info));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).remove(RUNNING, Running.class);
        if (running != null) {
            running.server().close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ZohoEmulatorInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Running running = extensionContext.getStore(NAMESPACE).get(RUNNING, Running.class);
        if (running == null) {
            throw new ParameterResolutionException(
                    "no Zoho emulator is running for " + extensionContext.getDisplayName()
                            + ": ZohoEmulatorInfo is available to the methods of a class annotated with @ZohoEmulatorTest");
        }
        return running.info();
    }

    private static BehaviourProfile profile(String spec) {
        try {
            return BehaviourProfile.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(
                    "@ZohoEmulatorTest(profile = \"" + spec + "\"): " + e.getMessage(), e);
        }
    }

    private static SeedFile.Result seed(Class<?> testClass, String resource, EmulatorControl control) {
        String path = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = testClass.getResourceAsStream(path)) {
            if (in == null) {
                throw new ExtensionConfigurationException(
                        "@ZohoEmulatorTest(seed = \"" + resource + "\"): no such resource on the class path");
            }
            return control.seed(in.readAllBytes());
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtensionConfigurationException(
                    "@ZohoEmulatorTest(seed = \"" + resource + "\"): " + e.getMessage(), e);
        }
    }
}
