package org.govhub.simulators.gas;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the gas simulator alone, with the shared simulator support. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.gas", "org.govhub.simulators.support"})
class GasSimulatorTestApplication {
}
