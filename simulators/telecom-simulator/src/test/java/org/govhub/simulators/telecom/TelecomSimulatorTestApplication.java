package org.govhub.simulators.telecom;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the telecom simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.telecom", "org.govhub.simulators.support"})
class TelecomSimulatorTestApplication {
}
