package org.govhub.simulators.market;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated supervision directory back; outside market supervision's contract. */
@RestController
@RequestMapping("/_sim/market")
class MarketSimulatorController {

    private final SupervisionDirectory directory;

    MarketSimulatorController(SupervisionDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/directory")
    List<SupervisionDirectory.Entry> directory() {
        return directory.entries();
    }
}
