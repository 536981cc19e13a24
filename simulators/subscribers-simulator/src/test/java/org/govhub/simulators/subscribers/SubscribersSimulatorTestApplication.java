package org.govhub.simulators.subscribers;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the subscribers simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.subscribers", "org.govhub.simulators.support"})
class SubscribersSimulatorTestApplication {
}
