package org.govhub.simulators.power;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated power utility's state back; outside the utility's contract. */
@RestController
@RequestMapping("/_sim/power")
class PowerSimulatorController {

    private final PowerAccounts accounts;

    PowerSimulatorController(PowerAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    List<PowerAccounts.Account> accounts() {
        return accounts.accounts();
    }

    @GetMapping("/accounts/{consNo}")
    ResponseEntity<PowerAccounts.Account> account(@PathVariable String consNo) {
        return ResponseEntity.of(accounts.account(consNo));
    }

    /** The transfers actually applied, so a test can prove a command changed an account exactly once. */
    @GetMapping("/transfers")
    Map<String, Object> transfers() {
        List<PowerAccounts.Transfer> applied = accounts.transfers();
        return Map.of("count", applied.size(), "transfers", applied);
    }
}
