package org.govhub.simulators.housing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the housing simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.housing", "org.govhub.simulators.support"})
class HousingSimulatorTestApplication {
}
