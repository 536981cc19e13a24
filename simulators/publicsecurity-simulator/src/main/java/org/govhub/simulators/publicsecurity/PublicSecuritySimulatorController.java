package org.govhub.simulators.publicsecurity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated seal filings back; outside the bureau's contract. */
@RestController
@RequestMapping("/_sim/publicsecurity")
class PublicSecuritySimulatorController {

    private final SealRegistry registry;

    PublicSecuritySimulatorController(SealRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/seal-filings")
    List<SealRegistry.Filing> filings() {
        return registry.filings();
    }
}
