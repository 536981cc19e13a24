package org.govhub.simulators.tax;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The bureau's levies on court-ordered transfers (M7), one per case number, and its taxpayer
 * register from {@link GaotangJudicialSeed}. Deed tax is 3% and stamp duty 0.05% of the
 * disposal price. Every answer to a request id is kept: a repeat gets the first answer.
 */
@Component
public class TaxJudicialLevies implements ResettableState {

    static final BigDecimal DEED_TAX_RATE = new BigDecimal("0.03");
    static final BigDecimal STAMP_DUTY_RATE = new BigDecimal("0.0005");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A taxpayer as the levy names them. */
    public record Taxpayer(String name, String idType, String idNumber) {
    }

    /** One levy and what became of it: AWAITING_PAYMENT, PAID, CANCELLED or REFUNDED. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Levy(String levyNo, String caseNumber, String unitNumber, Taxpayer taxpayer, String deedTax,
                       String stampDuty, String totalDue, String status, String certificateNo, String paidOn,
                       String refundAmount) {

        Levy with(String newStatus, String certificate, String paid, String refund) {
            return new Levy(levyNo, caseNumber, unitNumber, taxpayer, deedTax, stampDuty, totalDue, newStatus,
                    certificate, paid, refund);
        }
    }

    /** The bureau's answer envelope. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String code, String message, Object data) {
    }

    private final GaotangJudicialSeed seed;
    private final Map<String, Levy> byCase = new LinkedHashMap<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, String> standing = new HashMap<>();
    private int levies;
    private int certificates;

    public TaxJudicialLevies(GaotangJudicialSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        byCase.clear();
        answers.clear();
        standing.clear();
        seed.taxpayers().forEach(t -> standing.put(t.idNumber(), t.status()));
        levies = 0;
        certificates = 0;
    }

    /** 以物抵债 levy: the first answer to this request id, working it out if there is none yet. */
    synchronized Answer levy(String requestId, String caseNumber, String unitNumber, String taxableAmount,
                             Taxpayer transferee) {
        return answers.computeIfAbsent(requestId, id -> {
            if (!"NORMAL".equals(standing.get(transferee.idNumber()))) {
                return new Answer("2001", "受让方不是正常状态的纳税人", null);
            }
            Levy existing = byCase.get(caseNumber);
            if (existing != null && !existing.unitNumber().equals(unitNumber)) {
                return new Answer("2002", "该案号已对其他不动产单元征收", null);
            }
            if (existing == null) {
                BigDecimal amount = new BigDecimal(taxableAmount);
                BigDecimal deed = amount.multiply(DEED_TAX_RATE).setScale(2, RoundingMode.HALF_UP);
                BigDecimal stamp = amount.multiply(STAMP_DUTY_RATE).setScale(2, RoundingMode.HALF_UP);
                existing = new Levy("QS371526" + LocalDate.now(CHINA).getYear() + String.format("%05d", ++levies),
                        caseNumber, unitNumber, transferee, deed.toPlainString(), stamp.toPlainString(),
                        deed.add(stamp).toPlainString(), "AWAITING_PAYMENT", null, null, null);
                byCase.put(caseNumber, existing);
            }
            return new Answer("0000", "成功", levyData(existing));
        });
    }

    /** Cancels the case's levy, refunding it if paid; code 2004 when there is none. */
    synchronized Answer cancel(String requestId, String caseNumber, String unitNumber) {
        return answers.computeIfAbsent(requestId, id -> {
            Levy levy = byCase.get(caseNumber);
            if (levy == null || !levy.unitNumber().equals(unitNumber)) {
                return new Answer("2004", "无此案号的征收记录", null);
            }
            Levy done = switch (levy.status()) {
                case "AWAITING_PAYMENT" -> levy.with("CANCELLED", null, null, "0.00");
                case "PAID" -> levy.with("REFUNDED", levy.certificateNo(), levy.paidOn(), levy.totalDue());
                default -> levy;
            };
            byCase.put(caseNumber, done);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("levy_no", done.levyNo());
            data.put("status", done.status());
            data.put("refund_amount", done.refundAmount());
            return new Answer("0000", "成功", data);
        });
    }

    /** The transferee pays at the bureau's counter: the levy is paid and a payment certificate issued. */
    public synchronized Optional<Levy> pay(String levyNo) {
        Optional<Levy> levy = byCase.values().stream().filter(l -> l.levyNo().equals(levyNo)).findFirst();
        if (levy.isEmpty() || !"AWAITING_PAYMENT".equals(levy.get().status())) {
            return levy.filter(l -> "PAID".equals(l.status()));
        }
        Levy paid = levy.get().with("PAID", "WS371526" + LocalDate.now(CHINA).getYear()
                + String.format("%05d", ++certificates), LocalDate.now(CHINA).toString(), null);
        byCase.put(paid.caseNumber(), paid);
        return Optional.of(paid);
    }

    public synchronized List<Levy> levies() {
        return new ArrayList<>(byCase.values());
    }

    public synchronized Optional<Levy> levyOf(String caseNumber) {
        return Optional.ofNullable(byCase.get(caseNumber));
    }

    private static Map<String, Object> levyData(Levy levy) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("levy_no", levy.levyNo());
        data.put("case_number", levy.caseNumber());
        data.put("deed_tax", levy.deedTax());
        data.put("stamp_duty", levy.stampDuty());
        data.put("total_due", levy.totalDue());
        data.put("status", "PAID".equals(levy.status()) ? "PAID" : "AWAITING_PAYMENT");
        return data;
    }
}
