package org.govhub.simulators.approval;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the approval simulator alone, with the shared simulator support (faults, journal, reset). */
@SpringBootApplication(scanBasePackages = {"org.govhub.simulators.approval", "org.govhub.simulators.support"})
class ApprovalSimulatorTestApplication {
}
