package org.govhub.simulators.tax;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated tax bureau's levies back, and lets a transferee pay; outside the bureau's contract. */
@RestController
@RequestMapping("/_sim/tax")
class TaxJudicialLevySimulatorController {

    private final TaxJudicialLevies levies;

    TaxJudicialLevySimulatorController(TaxJudicialLevies levies) {
        this.levies = levies;
    }

    @GetMapping("/levies")
    List<TaxJudicialLevies.Levy> levies(@RequestParam(required = false) String caseNumber) {
        return caseNumber == null ? levies.levies() : levies.levyOf(caseNumber).map(List::of).orElse(List.of());
    }

    /**
     * The transferee pays the levy at the counter: it becomes PAID with a payment certificate.
     * The answer is what the bureau then reports to the hub (gov.tax.deed-tax-paid.v1's data).
     */
    @PostMapping("/levies/{levyNo}/payment")
    ResponseEntity<TaxJudicialLevies.Levy> pay(@PathVariable String levyNo) {
        return ResponseEntity.of(levies.pay(levyNo));
    }
}
