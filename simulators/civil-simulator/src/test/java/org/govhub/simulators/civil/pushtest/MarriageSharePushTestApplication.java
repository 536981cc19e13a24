package org.govhub.simulators.civil.pushtest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the civil simulator with the shared support for {@link MarriageSharePushTest}; in its own package, beside the module's other tests. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.civil", "org.govhub.simulators.support"})
class MarriageSharePushTestApplication {
}
