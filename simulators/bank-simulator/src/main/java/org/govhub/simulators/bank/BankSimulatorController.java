package org.govhub.simulators.bank;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated bank's accounts back; outside the bank's contract. */
@RestController
@RequestMapping("/_sim/bank")
class BankSimulatorController {

    private final BankAccounts accounts;

    BankSimulatorController(BankAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    List<BankAccounts.Account> accounts() {
        return accounts.accounts();
    }
}
