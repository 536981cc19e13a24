package org.govhub.simulators.civil;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the civil simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.civil", "org.govhub.simulators.support"})
class CivilSimulatorTestApplication {
}
