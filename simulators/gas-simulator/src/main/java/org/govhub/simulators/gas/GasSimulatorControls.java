package org.govhub.simulators.gas;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The gas company's state read back for people and tests, outside its contract: accounts with
 * their holders and transfer counts, the transfers applied, and arrears to set.
 */
@RestController
@RequestMapping("/_sim/gas")
class GasSimulatorControls {

    private final GasAccounts accounts;

    GasSimulatorControls(GasAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    List<GasAccounts.Account> accounts() {
        return accounts.accounts();
    }

    @GetMapping("/accounts/{accountNo}")
    GasAccounts.Account account(@PathVariable String accountNo) {
        return accounts.account(accountNo).orElseThrow(() -> noAccount(accountNo));
    }

    /** Every transfer applied, oldest first: its size is the number of transfers carried out. */
    @GetMapping("/transfers")
    List<GasAccounts.Transfer> transfers() {
        return accounts.transfers();
    }

    @PostMapping("/accounts/{accountNo}/arrears")
    GasAccounts.Account setArrears(@PathVariable String accountNo, @RequestParam BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "amount must not be negative");
        }
        return accounts.setArrears(accountNo, amount).orElseThrow(() -> noAccount(accountNo));
    }

    private static ResponseStatusException noAccount(String accountNo) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no gas account " + accountNo);
    }
}
