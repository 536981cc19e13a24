package org.govhub.simulators.power;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The power utility's customer accounts, keyed by 户号 (consNo), seeded from {@link GaotangSeed}.
 * Every answer to a transfer's {@code requestId} is kept, so a repeat gets the first answer and
 * changes nothing. All access is synchronized: the hub may call concurrently.
 */
@Component
public class PowerAccounts implements ResettableState {

    /** The account holder in the utility's terms: certType ID_CARD or UNIFIED_SOCIAL_CREDIT_CODE. */
    public record Holder(String name, String idType, String idNumber, String phone) {
    }

    /** One electricity account: 户号, the unit it supplies, its holder, arrears and transfers applied. */
    public record Account(String accountNo, String unitNumber, String address, Holder holder,
                          BigDecimal arrears, int transferCount) {
    }

    /** A transfer that changed an account. */
    public record Transfer(String requestNo, String accountNo, String reference, String at) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final GaotangSeed seed;
    private final Clock clock = Clock.system(CHINA);
    private final Map<String, Account> byConsNo = new LinkedHashMap<>();
    private final Map<String, ResponseEntity<?>> answers = new HashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private int sequence;

    public PowerAccounts(GaotangSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        byConsNo.clear();
        answers.clear();
        transfers.clear();
        sequence = 0;
        for (GaotangSeed.Property p : seed.properties()) {
            GaotangSeed.Account power = p.accounts().get("power");
            if (power != null) {
                GaotangSeed.Party owner = p.owner();
                byConsNo.put(power.accountNo(), new Account(power.accountNo(), p.unitNumber(), p.address(),
                        new Holder(owner.name(), certType(owner.idType()), owner.idNumber(), owner.phone()),
                        new BigDecimal(power.arrears()), 0));
            }
        }
    }

    synchronized Optional<PowerApi.Account> findByUnit(String bdcdyh) {
        return byConsNo.values().stream()
                .filter(a -> a.unitNumber().equals(bdcdyh))
                .findFirst()
                .map(a -> new PowerApi.Account(a.accountNo(), a.unitNumber(), a.address(), "NORMAL"));
    }

    /** 核验: reads only. */
    synchronized Optional<PowerApi.VerificationResult> verify(String consNo) {
        return Optional.ofNullable(byConsNo.get(consNo)).map(a -> a.arrears().signum() > 0
                ? new PowerApi.VerificationResult(consNo, a.arrears().toPlainString(), false, "ARREARS",
                        PowerApi.ARREARS_MESSAGE)
                : new PowerApi.VerificationResult(consNo, a.arrears().toPlainString(), true, null, null));
    }

    /** 过户: the first answer to this request id, working it out if there is none yet. */
    synchronized ResponseEntity<?> transfer(String consNo, PowerApi.TransferRequest request) {
        return answers.computeIfAbsent(request.requestId(), id -> apply(consNo, request));
    }

    private ResponseEntity<?> apply(String consNo, PowerApi.TransferRequest r) {
        Account account = byConsNo.get(consNo);
        if (account == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(PowerApi.ErrorBody.notFound());
        }
        if (!account.unitNumber().equals(r.bdcdyh())) {
            return ResponseEntity.badRequest().body(PowerApi.ErrorBody.invalid("bdcdyh: not the unit this account supplies"));
        }
        if (account.arrears().signum() > 0) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(PowerApi.ErrorBody.arrears());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String at = INSTANT.format(now);
        String workOrderNo = "GD" + DAY.format(now) + String.format("%06d", ++sequence);
        byConsNo.put(consNo, new Account(consNo, account.unitNumber(), account.address(),
                new Holder(r.newUserName(), r.newCertType(), r.newCertNo(), r.newMobile()), account.arrears(),
                account.transferCount() + 1));
        transfers.add(new Transfer(r.requestId(), consNo, workOrderNo, at));
        return ResponseEntity.ok(new PowerApi.TransferResult(workOrderNo, consNo, r.requestId(), "COMPLETED", at));
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(byConsNo.values());
    }

    public synchronized Optional<Account> account(String consNo) {
        return Optional.ofNullable(byConsNo.get(consNo));
    }

    /** The transfers actually applied, oldest first. */
    public synchronized List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    private static String certType(String idType) {
        return "USCC".equals(idType) ? "UNIFIED_SOCIAL_CREDIT_CODE" : "ID_CARD";
    }
}
