package org.govhub.simulators.heat;

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
 * The heating company's state read back for people and tests, outside its contract: accounts
 * with their holders and transfer counts, the transfers applied, and unpaid fees to set.
 */
@RestController
@RequestMapping("/_sim/heat")
class HeatSimulatorControls {

    private final HeatAccounts accounts;

    HeatSimulatorControls(HeatAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    List<HeatAccounts.Account> accounts() {
        return accounts.accounts();
    }

    @GetMapping("/accounts/{yhbh}")
    HeatAccounts.Account account(@PathVariable String yhbh) {
        return accounts.account(yhbh).orElseThrow(() -> noAccount(yhbh));
    }

    /** Every transfer applied, oldest first: its size is the number of transfers carried out. */
    @GetMapping("/transfers")
    List<HeatAccounts.Transfer> transfers() {
        return accounts.transfers();
    }

    @PostMapping("/accounts/{yhbh}/arrears")
    HeatAccounts.Account setArrears(@PathVariable String yhbh, @RequestParam BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "amount must not be negative");
        }
        return accounts.setArrears(yhbh, amount).orElseThrow(() -> noAccount(yhbh));
    }

    private static ResponseStatusException noAccount(String yhbh) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no heating account " + yhbh);
    }
}
