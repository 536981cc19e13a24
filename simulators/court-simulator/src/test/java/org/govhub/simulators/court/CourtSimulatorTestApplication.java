package org.govhub.simulators.court;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the court simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.court", "org.govhub.simulators.support"})
class CourtSimulatorTestApplication {
}
