package org.govhub.simulators.publicsecurity;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the public security simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.publicsecurity", "org.govhub.simulators.support"})
class PublicsecuritySimulatorTestApplication {
}
