package org.govhub.simulators.tax;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the tax simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.tax", "org.govhub.simulators.support"})
class TaxSimulatorTestApplication {
}
