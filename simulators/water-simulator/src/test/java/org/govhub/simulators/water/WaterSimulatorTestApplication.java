package org.govhub.simulators.water;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the water simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.water", "org.govhub.simulators.support"})
class WaterSimulatorTestApplication {
}
