package org.govhub.simulators.bank;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the bank simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.bank", "org.govhub.simulators.support"})
class BankSimulatorTestApplication {
}
