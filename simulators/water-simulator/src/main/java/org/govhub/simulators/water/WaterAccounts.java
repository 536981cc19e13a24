package org.govhub.simulators.water;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * The water utility's customer accounts, seeded from {@link GaotangSeed} and found by property
 * unit number. Every answer to a request number ({@code slbh}) is kept, so a repeat gets the
 * first answer and changes nothing. All access is synchronized: the hub may call concurrently.
 */
@Component
public class WaterAccounts implements ResettableState {

    /** The account holder in the utility's terms: 证件种类 {@code 1} resident ID, {@code 7} USCC. */
    public record Holder(String name, String idType, String idNumber, String phone) {
    }

    /** One water account: 户号, the unit it supplies, its holder, arrears and transfers applied. */
    public record Account(String accountNo, String unitNumber, String address, Holder holder,
                          BigDecimal arrears, int transferCount) {
    }

    /** A transfer that changed an account. */
    public record Transfer(String requestNo, String accountNo, String reference, String at) {
    }

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final GaotangSeed seed;
    private final Clock clock = Clock.system(CHINA);
    private final Map<String, Account> byUnit = new LinkedHashMap<>();
    private final Map<String, SdqResponse> answers = new HashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private int sequence;

    public WaterAccounts(GaotangSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        byUnit.clear();
        answers.clear();
        transfers.clear();
        sequence = 0;
        for (GaotangSeed.Property p : seed.properties()) {
            GaotangSeed.Account water = p.accounts().get("water");
            if (water != null) {
                GaotangSeed.Party owner = p.owner();
                byUnit.put(p.unitNumber(), new Account(water.accountNo(), p.unitNumber(), p.address(),
                        new Holder(owner.name(), idTypeCode(owner.idType()), owner.idNumber(), owner.phone()),
                        new BigDecimal(water.arrears()), 0));
            }
        }
    }

    /** 水过户: the first answer to this request number, working it out if there is none yet. */
    synchronized SdqResponse transfer(SdqGhRequest request) {
        return answers.computeIfAbsent(request.slbh(), slbh -> apply(request));
    }

    private SdqResponse apply(SdqGhRequest r) {
        Account account = byUnit.get(r.bdcdyh());
        if (account == null) {
            return SdqResponse.noAccount(r.slbh());
        }
        if (account.arrears().signum() > 0) {
            return SdqResponse.arrears(r.slbh(), account.accountNo(), account.arrears().toPlainString());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String reference = "SWGH" + DAY.format(now) + String.format("%06d", ++sequence);
        String at = TIME.format(now);
        byUnit.put(r.bdcdyh(), new Account(account.accountNo(), account.unitNumber(), account.address(),
                new Holder(r.qlrmc(), r.qlrzjzl(), r.qlrzjh(), r.qlrdh()), account.arrears(),
                account.transferCount() + 1));
        transfers.add(new Transfer(r.slbh(), account.accountNo(), reference, at));
        return SdqResponse.transferred(r.slbh(), account.accountNo(), reference, at);
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(byUnit.values());
    }

    public synchronized Optional<Account> account(String accountNo) {
        return byUnit.values().stream().filter(a -> a.accountNo().equals(accountNo)).findFirst();
    }

    /** The transfers actually applied, oldest first. */
    public synchronized List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    private static String idTypeCode(String idType) {
        return "USCC".equals(idType) ? "7" : "1";
    }
}
