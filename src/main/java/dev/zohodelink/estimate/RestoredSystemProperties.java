package dev.zohodelink.estimate;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The system properties as they were when this was opened, put back when it is closed: a conformance run configures
 * itself through system properties, and an estimate made inside another program must not leave them behind.
 */
public final class RestoredSystemProperties implements AutoCloseable {

    private final Map<String, String> saved = new HashMap<>();

    public RestoredSystemProperties() {
        Properties properties = System.getProperties();
        properties.stringPropertyNames().forEach(name -> saved.put(name, properties.getProperty(name)));
    }

    @Override
    public void close() {
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> !saved.containsKey(name))
                .forEach(System::clearProperty);
        saved.forEach((name, value) -> {
            if (!value.equals(System.getProperty(name))) {
                System.setProperty(name, value);
            }
        });
    }
}
