package org.govhub.simulators.market;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the market simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.market", "org.govhub.simulators.support"})
class MarketSimulatorTestApplication {
}
