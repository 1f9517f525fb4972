package dev.zohodelink.regressions;

import java.util.HashMap;
import java.util.Map;

/** System properties set (or, for a null value, cleared) for a while, and put back as they were on {@link #close()}. */
final class SystemProperties implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    private SystemProperties(Map<String, String> values) {
        values.forEach((name, value) -> {
            previous.put(name, System.getProperty(name));
            apply(name, value);
        });
    }

    static SystemProperties set(Map<String, String> values) {
        return new SystemProperties(values);
    }

    @Override
    public void close() {
        previous.forEach(SystemProperties::apply);
    }

    private static void apply(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
