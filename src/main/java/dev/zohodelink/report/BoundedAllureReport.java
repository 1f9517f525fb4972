package dev.zohodelink.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allure's Cucumber plugin, kept small enough for a single-file report of every version: without the attachments
 * meant for the results plugin only (the scenario facts as JSON, which {@link ScenarioOutcomePlugin} reads; the report
 * shows their readable copy), and without a stage per hook (a hook's attachments go to its scenario, and a hook's
 * failure is the scenario's, which Allure shows all the same).
 */
public final class BoundedAllureReport implements ConcurrentEventListener {

    private final AllureCucumber7Jvm allure = new AllureCucumber7Jvm();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        Map<EventHandler<?>, EventHandler<?>> filtered = new ConcurrentHashMap<>();
        allure.setEventPublisher(new EventPublisher() {
            @Override
            public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                EventHandler<T> filter = event -> {
                    if (!(event instanceof EmbedEvent embed && ScenarioFacts.MEDIA_TYPE.equals(embed.getMediaType()))
                            && !(event instanceof TestStepStarted started
                                    && started.getTestStep() instanceof HookTestStep)
                            && !(event instanceof TestStepFinished finished
                                    && finished.getTestStep() instanceof HookTestStep)) {
                        handler.receive(event);
                    }
                };
                filtered.put(handler, filter);
                publisher.registerHandlerFor(type, filter);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                publisher.removeHandlerFor(type, (EventHandler<T>) filtered.getOrDefault(handler, handler));
            }
        });
    }
}
