package org.govhub.simulators.credit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the credit simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.credit", "org.govhub.simulators.support"})
class CreditSimulatorTestApplication {
}
