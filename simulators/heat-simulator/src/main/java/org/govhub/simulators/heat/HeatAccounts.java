package org.govhub.simulators.heat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The heating company's customer accounts, keyed by address (white space removed, as its clerks
 * type addresses inconsistently) and seeded from {@link GaotangSeed}, with every transfer it
 * applied and every answer it gave. All access is synchronised.
 */
@Component
public class HeatAccounts implements ResettableState {

    /** The account holder as the heating company files them: no certificate type. */
    public record Holder(String name, String idNumber, String mobile) {
    }

    public record Account(String yhbh, String address, Holder holder, BigDecimal arrears, int transferCount) {
    }

    /** One transfer the heating company carried out. */
    public record Transfer(String reqNo, String yhbh, String bdcdyh, String ghrq, Instant appliedAt) {
    }

    // Unicode-aware, so that the ideographic space U+3000 and no-break spaces count as white space.
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final GaotangSeed seed;
    private final Map<String, Account> byAddress = new LinkedHashMap<>();
    private final Map<String, HeatTransferResult> answers = new HashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();

    public HeatAccounts(GaotangSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        byAddress.clear();
        answers.clear();
        transfers.clear();
        for (GaotangSeed.Property p : seed.properties()) {
            GaotangSeed.Account heat = p.accounts().get("heat");
            if (heat != null) {
                GaotangSeed.Party owner = p.owner();
                byAddress.put(normalise(p.address()), new Account(heat.accountNo(), p.address(),
                        new Holder(owner.name(), owner.idNumber(), owner.phone()), new BigDecimal(heat.arrears()), 0));
            }
        }
    }

    static String normalise(String address) {
        return WHITE_SPACE.matcher(address).replaceAll("");
    }

    /**
     * Carries out a transfer once per request number: a repeat gets the first answer and
     * changes nothing.
     */
    synchronized HeatTransferResult transfer(HeatTransferForm form) {
        return answers.computeIfAbsent(form.reqNo(), reqNo -> apply(form));
    }

    private HeatTransferResult apply(HeatTransferForm form) {
        String key = normalise(form.fwzl());
        Account account = byAddress.get(key);
        if (account == null) {
            return HeatTransferResult.noAccount();
        }
        if (account.arrears().signum() > 0) {
            return HeatTransferResult.arrears(account.yhbh());
        }
        byAddress.put(key, new Account(account.yhbh(), account.address(),
                new Holder(form.xhzxm(), form.xhzzjh(), form.xhzsj()), account.arrears(), account.transferCount() + 1));
        transfers.add(new Transfer(form.reqNo(), account.yhbh(), form.bdcdyh(), form.ghrq(), Instant.now()));
        return HeatTransferResult.transferred(account.yhbh());
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(byAddress.values());
    }

    public synchronized Optional<Account> account(String yhbh) {
        return byAddress.values().stream().filter(a -> a.yhbh().equals(yhbh)).findFirst();
    }

    public synchronized List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    /** Sets the unpaid heating fees, so that a person or a test can see a transfer refused. */
    public synchronized Optional<Account> setArrears(String yhbh, BigDecimal arrears) {
        return account(yhbh).map(a -> {
            Account owing = new Account(a.yhbh(), a.address(), a.holder(), arrears, a.transferCount());
            byAddress.put(normalise(a.address()), owing);
            return owing;
        });
    }
}
