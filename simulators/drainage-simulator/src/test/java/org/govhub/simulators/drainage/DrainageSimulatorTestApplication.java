package org.govhub.simulators.drainage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the drainage simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.drainage", "org.govhub.simulators.support"})
class DrainageSimulatorTestApplication {
}
