package org.govhub.simulators.approval;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** M6: reads the combined window's outcome reports back; outside the bureau's contract. */
@RestController
@RequestMapping("/_sim/approval")
class ApprovalConnectionSimulatorController {

    private final ApprovalConnectionWindow window;

    ApprovalConnectionSimulatorController(ApprovalConnectionWindow window) {
        this.window = window;
    }

    @GetMapping("/connection-outcomes")
    List<ApprovalConnectionWindow.Report> reports() {
        return window.reports();
    }
}
