package org.govhub.simulators.gas;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The gas company's customer accounts, keyed by property unit number and seeded from
 * {@link GaotangSeed}, with every transfer it applied and every answer it gave. All access is
 * synchronised: a transfer is one check-and-change on one account.
 */
@Component
public class GasAccounts implements ResettableState {

    /** The account holder as the gas company files them ({@code CertType} 01 or 02). */
    public record Holder(String name, String certType, String certNo, String mobile) {
    }

    public record Account(String accountNo, String unitNumber, String address, Holder holder,
                          BigDecimal arrears, int transferCount) {
    }

    /** One transfer the gas company carried out. */
    public record Transfer(String requestId, String orderNo, String accountNo, String unitNumber,
                           String transferDate, Instant appliedAt) {
    }

    private static final DateTimeFormatter ORDER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final GaotangSeed seed;
    private final Map<String, Account> byUnitNumber = new LinkedHashMap<>();
    private final Map<String, GasTransferResponse> answers = new HashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();

    public GasAccounts(GaotangSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        byUnitNumber.clear();
        answers.clear();
        transfers.clear();
        for (GaotangSeed.Property p : seed.properties()) {
            GaotangSeed.Account gas = p.accounts().get("gas");
            if (gas != null) {
                GaotangSeed.Party owner = p.owner();
                Holder holder = new Holder(owner.name(), certType(owner.idType()), owner.idNumber(), owner.phone());
                byUnitNumber.put(p.unitNumber(), new Account(gas.accountNo(), p.unitNumber(), p.address(), holder,
                        new BigDecimal(gas.arrears()), 0));
            }
        }
    }

    /**
     * Carries out a transfer once per request id: a repeat gets the first answer and changes
     * nothing.
     */
    synchronized GasTransferResponse transfer(GasTransferRequest request) {
        return answers.computeIfAbsent(request.requestId(), id -> apply(request));
    }

    private GasTransferResponse apply(GasTransferRequest request) {
        Account account = byUnitNumber.get(request.unitNumber());
        if (account == null) {
            return GasTransferResponse.noAccount();
        }
        if (account.arrears().signum() > 0) {
            return GasTransferResponse.arrears(account.accountNo());
        }
        GasTransferRequest.NewCustomer c = request.newCustomer();
        byUnitNumber.put(account.unitNumber(), new Account(account.accountNo(), account.unitNumber(),
                account.address(), new Holder(c.name(), c.certType(), c.certNo(), c.mobile()),
                account.arrears(), account.transferCount() + 1));
        String orderNo = "RQGH" + LocalDate.now().format(ORDER_DAY) + String.format("%06d", transfers.size() + 1);
        transfers.add(new Transfer(request.requestId(), orderNo, account.accountNo(), account.unitNumber(),
                request.transferDate(), Instant.now()));
        return GasTransferResponse.transferred(account.accountNo(), orderNo);
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(byUnitNumber.values());
    }

    public synchronized Optional<Account> account(String accountNo) {
        return byUnitNumber.values().stream().filter(a -> a.accountNo().equals(accountNo)).findFirst();
    }

    public synchronized List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    /** Sets what the account owes, so that a person or a test can see a transfer refused. */
    public synchronized Optional<Account> setArrears(String accountNo, BigDecimal arrears) {
        return account(accountNo).map(a -> {
            Account owing = new Account(a.accountNo(), a.unitNumber(), a.address(), a.holder(), arrears,
                    a.transferCount());
            byUnitNumber.put(a.unitNumber(), owing);
            return owing;
        });
    }

    private static String certType(String idType) {
        return "USCC".equals(idType) ? "02" : "01";
    }
}
