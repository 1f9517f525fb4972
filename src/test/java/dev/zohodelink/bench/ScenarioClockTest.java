package dev.zohodelink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.bench.ScenarioClock.VersionSpan;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

class ScenarioClockTest {

    private static TestIdentifier node(String name, AbstractTestDescriptor.Type type) {
        return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.root("scenario", name), name) {
            @Override
            public Type getType() {
                return type;
            }
        });
    }

    @Test
    void a_scenario_that_ran_is_timed_and_a_skipped_one_only_counted() {
        ScenarioClock clock = new ScenarioClock();
        TestIdentifier feature = node("feature", AbstractTestDescriptor.Type.CONTAINER);
        TestIdentifier ran = node("ran", AbstractTestDescriptor.Type.TEST);
        TestIdentifier skipped = node("skipped", AbstractTestDescriptor.Type.TEST);

        clock.testPlanExecutionStarted(null);
        clock.executionStarted(feature);
        clock.executionStarted(ran);
        clock.executionFinished(ran, TestExecutionResult.successful());
        clock.executionStarted(skipped);
        clock.executionFinished(skipped, TestExecutionResult.aborted(null));
        clock.executionFinished(feature, TestExecutionResult.successful());
        clock.testPlanExecutionFinished(null);

        assertThat(clock.scenarios().count()).isEqualTo(1);
        assertThat(clock.skipped()).isEqualTo(1);
        assertThat(clock.spans())
                .singleElement()
                .satisfies(span -> assertThat(new long[] {
                            span.planStart(), span.firstScenarioStart(), span.lastScenarioEnd(), span.planEnd()
                        })
                        .isSorted());
    }

    @Test
    void a_version_without_scenarios_is_all_start_up_and_reports() {
        ScenarioClock clock = new ScenarioClock();

        clock.testPlanExecutionStarted(null);
        clock.testPlanExecutionFinished(null);

        VersionSpan span = clock.spans().get(0);
        assertThat(span.firstScenarioStart()).isEqualTo(span.lastScenarioEnd()).isEqualTo(span.planEnd());
        assertThat(clock.scenarios().count()).isZero();
    }
}
