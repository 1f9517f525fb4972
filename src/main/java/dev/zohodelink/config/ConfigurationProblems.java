package dev.zohodelink.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every configuration problem so that one message reports them all. */
final class ConfigurationProblems {

    private final List<String> problems = new ArrayList<>();

    /** What {@code reading} reads, or one exception naming every problem it found. */
    static <T> T collect(java.util.function.Function<ConfigurationProblems, T> reading) {
        ConfigurationProblems problems = new ConfigurationProblems();
        T value = reading.apply(problems);
        problems.throwIfAny();
        return value;
    }

    /** The value, or null after recording why the variable is wrong. */
    <T> T check(String variable, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            problems.add(ConfigurationException.describe(variable, e.getMessage()));
            return null;
        }
    }

    void add(String variable, String problem) {
        problems.add(ConfigurationException.describe(variable, problem));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }
}
