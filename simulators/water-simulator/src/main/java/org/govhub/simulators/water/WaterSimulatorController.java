package org.govhub.simulators.water;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated water utility's state back; outside the utility's contract. */
@RestController
@RequestMapping("/_sim/water")
class WaterSimulatorController {

    private final WaterAccounts accounts;

    WaterSimulatorController(WaterAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    List<WaterAccounts.Account> accounts() {
        return accounts.accounts();
    }

    @GetMapping("/accounts/{accountNo}")
    ResponseEntity<WaterAccounts.Account> account(@PathVariable String accountNo) {
        return ResponseEntity.of(accounts.account(accountNo));
    }

    /** The transfers actually applied, so a test can prove a command changed an account exactly once. */
    @GetMapping("/transfers")
    Map<String, Object> transfers() {
        List<WaterAccounts.Transfer> applied = accounts.transfers();
        return Map.of("count", applied.size(), "transfers", applied);
    }
}
