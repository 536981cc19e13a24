package org.govhub.simulators.hrss;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the hrss simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.hrss", "org.govhub.simulators.support"})
class HrssSimulatorTestApplication {
}
