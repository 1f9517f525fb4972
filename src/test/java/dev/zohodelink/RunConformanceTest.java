package dev.zohodelink;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import dev.zohodelink.glue.process.ProcessSettingsProvider;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** Runs every feature under {@code features/} against the target and API version the process environment configures. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.zohodelink.steps," + ProcessSettingsProvider.GLUE)
class RunConformanceTest {
}
