package org.govhub.simulators.housing.pushtest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the housing simulator with the shared support for {@link HousingSharePushTest}; in its own package, beside the module's other tests. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.housing", "org.govhub.simulators.support"})
class HousingSharePushTestApplication {
}
