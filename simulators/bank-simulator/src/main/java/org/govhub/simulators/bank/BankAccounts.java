package org.govhub.simulators.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The bank's enterprise accounts, seeded from {@link EnterpriseSeed}: accounts with balances,
 * and the legal representatives its customer due diligence refuses. Every answer to a
 * {@code requestNo} is kept, so a repeat gets the first answer and opens nothing twice.
 */
@Component
public class BankAccounts implements ResettableState {

    /** One enterprise account. */
    public record Account(String accountNo, String uscc, String accountName, String bankCode, BigDecimal balance,
                          String status) {
    }

    private final EnterpriseSeed seed;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Set<String> refused = new HashSet<>();
    private final Map<String, ObjectNode> answers = new HashMap<>();
    private int sequence;

    public BankAccounts(EnterpriseSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        accounts.clear();
        refused.clear();
        answers.clear();
        sequence = 0;
        JsonNode bank = seed.agency("bank");
        bank.path("refusedRepresentatives").forEach(p -> refused.add(p.asText()));
        bank.path("accounts").forEach(a -> accounts.put(a.path("accountNo").asText(), new Account(
                a.path("accountNo").asText(), a.path("uscc").asText(), "", "102426200017",
                new BigDecimal(a.path("balance").asText()), "ACTIVE")));
    }

    synchronized ObjectNode open(JsonNode r) {
        return answers.computeIfAbsent(r.path("requestNo").asText(), no -> {
            String uscc = r.path("uscc").asText();
            if (refused.contains(r.path("legalRep").path("idNo").asText())) {
                return answer("KYC_REFUSED", no)
                        .put("message", "the legal representative did not pass the bank's customer due diligence");
            }
            if (active(uscc).length > 0) {
                return answer("ACCOUNT_EXISTS", no).put("message", "the enterprise already has a basic account");
            }
            Account a = new Account(String.format("1611%015d", 7000 + ++sequence), uscc,
                    r.path("companyName").asText(), r.path("bankCode").asText(), BigDecimal.ZERO, "ACTIVE");
            accounts.put(a.accountNo(), a);
            return answer("SUCCESS", no).put("accountNo", a.accountNo()).put("accountType", "BASIC")
                    .put("openedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS)));
        });
    }

    synchronized ObjectNode close(JsonNode r) {
        return answers.computeIfAbsent(r.path("requestNo").asText(), no -> {
            Account[] held = active(r.path("uscc").asText());
            if (held.length == 0) {
                return answer("NO_ACCOUNT", no).put("message", "the enterprise has no account at this bank");
            }
            for (Account a : held) {
                if (a.balance().signum() != 0) {
                    return answer("BALANCE_NOT_ZERO", no).put("message", "an account still holds funds");
                }
            }
            ObjectNode answer = answer("SUCCESS", no);
            var closed = answer.putArray("closedAccounts");
            for (Account a : held) {
                accounts.put(a.accountNo(), new Account(a.accountNo(), a.uscc(), a.accountName(), a.bankCode(),
                        a.balance(), "CLOSED"));
                closed.add(a.accountNo());
            }
            return answer;
        });
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    private Account[] active(String uscc) {
        return accounts.values().stream().filter(a -> a.uscc().equals(uscc) && "ACTIVE".equals(a.status()))
                .toArray(Account[]::new);
    }

    private ObjectNode answer(String resultCode, String requestNo) {
        return mapper.createObjectNode().put("resultCode", resultCode).put("requestNo", requestNo);
    }
}
