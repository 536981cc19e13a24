package org.govhub.simulators.sms;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the SMS gateway alone, with the shared simulator support. */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.sms", "org.govhub.simulators.support"})
class SmsSimulatorTestApplication {
}
