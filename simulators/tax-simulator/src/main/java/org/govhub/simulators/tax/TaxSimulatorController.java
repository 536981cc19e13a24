package org.govhub.simulators.tax;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated tax register back; outside the tax bureau's contract. */
@RestController
@RequestMapping("/_sim/tax")
class TaxSimulatorController {

    private final TaxRegistry registry;

    TaxSimulatorController(TaxRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/taxpayers")
    List<TaxRegistry.Taxpayer> taxpayers() {
        return registry.taxpayers();
    }
}
