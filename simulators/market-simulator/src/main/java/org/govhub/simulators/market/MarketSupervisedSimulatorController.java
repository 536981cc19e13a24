package org.govhub.simulators.market;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated market supervision's M2/M3 state back; outside its contract. */
@RestController
@RequestMapping("/_sim/market")
class MarketSupervisedSimulatorController {

    private final MarketSupervision supervision;

    MarketSupervisedSimulatorController(MarketSupervision supervision) {
        this.supervision = supervision;
    }

    /** Every enterprise of the directory: key-supervision listing, licences filed, risk class and sampling ratio. */
    @GetMapping("/supervised")
    List<MarketSupervision.Supervised> supervised() {
        return supervision.supervised();
    }

    @GetMapping("/supervised/{entCode}")
    ResponseEntity<MarketSupervision.Supervised> supervised(@PathVariable String entCode) {
        return ResponseEntity.of(supervision.supervised(entCode));
    }
}
