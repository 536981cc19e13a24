package org.govhub.simulators.heat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the heat simulator alone, with the shared simulator support. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.heat", "org.govhub.simulators.support"})
class HeatSimulatorTestApplication {
}
