package org.govhub.simulators.power;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the power simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.power", "org.govhub.simulators.support"})
class PowerSimulatorTestApplication {
}
