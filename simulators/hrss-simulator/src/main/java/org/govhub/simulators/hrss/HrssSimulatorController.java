package org.govhub.simulators.hrss;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated insured units back; outside the agency's contract. */
@RestController
@RequestMapping("/_sim/hrss")
class HrssSimulatorController {

    private final InsuredUnits units;

    HrssSimulatorController(InsuredUnits units) {
        this.units = units;
    }

    @GetMapping("/units")
    List<InsuredUnits.Unit> units() {
        return units.units();
    }
}
