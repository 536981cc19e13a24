package org.govhub.simulators.realestate;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the real-estate registry alone, with the shared simulator support. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.realestate", "org.govhub.simulators.support"})
class RealestateSimulatorTestApplication {
}
