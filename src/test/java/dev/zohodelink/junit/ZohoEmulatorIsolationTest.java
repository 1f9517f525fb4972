package dev.zohodelink.junit;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.zohodelink.contract.Module;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Each test class gets its own emulator, started before its tests and stopped after them. */
class ZohoEmulatorIsolationTest {

    /** What each fixture class saw, and the id of the record it created. */
    private static final Map<String, ZohoEmulatorInfo> SEEN = new ConcurrentHashMap<>();

    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

    @ZohoEmulatorTest
    @ExtendWith(OnlyInsideTestKit.class)
    static class FirstUserTestClass {
        @Test
        void creates_a_record(ZohoEmulatorInfo zoho) {
            SEEN.put("first", zoho);
            CREATED.put("first", zoho.emulator().insertRecord(Module.LEADS, Map.of("Last_Name", "First")));
        }
    }

    @ZohoEmulatorTest
    @ExtendWith(OnlyInsideTestKit.class)
    static class SecondUserTestClass {
        @Test
        void creates_a_record(ZohoEmulatorInfo zoho) {
            SEEN.put("second", zoho);
            CREATED.put("second", zoho.emulator().insertRecord(Module.LEADS, Map.of("Last_Name", "Second")));
        }
    }

    @Test
    void starts_one_emulator_per_class_and_stops_it_after_the_class() {
        // WHEN two annotated classes run
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter(OnlyInsideTestKit.PARAMETER, "true")
                .selectors(selectClass(FirstUserTestClass.class), selectClass(SecondUserTestClass.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));

        // THEN each had its own emulator, on its own port, and neither saw the other's record
        ZohoEmulatorInfo first = SEEN.get("first");
        ZohoEmulatorInfo second = SEEN.get("second");
        then(first.emulator()).isNotSameAs(second.emulator());
        then(first.port()).isNotEqualTo(second.port());
        then(first.accessToken()).isNotEqualTo(second.accessToken());
        then(first.emulator().hasRecord(CREATED.get("first"))).isTrue();
        then(first.control().state().records()).isEqualTo(1);
        then(second.control().state().records()).isEqualTo(1);
        // AND both servers were stopped when their class finished
        thenThrownBy(() -> health(first)).isInstanceOf(ConnectException.class);
        thenThrownBy(() -> health(second)).isInstanceOf(ConnectException.class);
    }

    @Test
    void reports_a_configuration_error_when_the_extension_is_registered_without_the_annotation() {
        // WHEN a class that registers the extension but lacks @ZohoEmulatorTest runs
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(OnlyInsideTestKit.PARAMETER, "true")
                .selectors(selectClass(UnannotatedUserTestClass.class))
                .execute();

        // THEN the class fails with a message naming the annotation, and its test never starts
        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(UnannotatedUserTestClass.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(text -> text.contains("@ZohoEmulatorTest")))));
    }

    @ExtendWith(OnlyInsideTestKit.class)
    @ExtendWith(ZohoEmulatorExtension.class)
    static class UnannotatedUserTestClass {
        @Test
        void needs_the_info(ZohoEmulatorInfo zoho) {
            then(zoho).isNotNull();
        }
    }

    private static int health(ZohoEmulatorInfo zoho) throws IOException, InterruptedException {
        HttpClient fresh =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return fresh.send(
                        HttpRequest.newBuilder(URI.create(zoho.controlPlane() + "/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
