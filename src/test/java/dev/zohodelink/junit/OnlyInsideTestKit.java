package dev.zohodelink.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a fixture class only when another test launches it through the JUnit Platform TestKit. */
final class OnlyInsideTestKit implements ExecutionCondition {

    static final String PARAMETER = "zohodelink.junit.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("launched by a test")
                : ConditionEvaluationResult.disabled("a fixture of ZohoEmulatorIsolationTest, run only by it");
    }
}
