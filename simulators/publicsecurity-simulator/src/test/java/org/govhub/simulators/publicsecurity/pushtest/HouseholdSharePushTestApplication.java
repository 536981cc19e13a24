package org.govhub.simulators.publicsecurity.pushtest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the publicsecurity simulator with the shared support for {@link HouseholdSharePushTest}; in its own package, beside the module's other tests. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.publicsecurity", "org.govhub.simulators.support"})
class HouseholdSharePushTestApplication {
}
