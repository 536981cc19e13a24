package org.govhub.hub.e2e;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the hub under test at a standalone Artemis (broker/standalone, configured by
 * broker/etc/broker.xml) when {@code govhub.it.broker-url} is set: CI runs the end-to-end tests
 * a second time that way. Without it the hub embeds its broker, as the default run does.
 */
final class StandaloneBroker {

    static final String URL_PROPERTY = "govhub.it.broker-url";

    private StandaloneBroker() {
    }

    static boolean configured() {
        String url = System.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank();
    }

    static void register(DynamicPropertyRegistry registry) {
        if (!configured()) {
            return;
        }
        registry.add("spring.artemis.mode", () -> "native");
        registry.add("spring.artemis.embedded.enabled", () -> "false");
        registry.add("spring.artemis.broker-url", () -> System.getProperty(URL_PROPERTY));
        registry.add("spring.artemis.user", () -> System.getProperty("govhub.it.broker-user", "govhub"));
        registry.add("spring.artemis.password", () -> System.getProperty("govhub.it.broker-password", "change-me"));
    }
}
