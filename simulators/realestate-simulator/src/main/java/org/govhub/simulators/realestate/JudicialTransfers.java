package org.govhub.simulators.realestate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * Court-ordered transfers (M7) at the registry: the units of {@link GaotangJudicialSeed}'s cases,
 * registered to the transferee once the hub says the taxes are paid, and cancelled back to the
 * previous owner when the court withdraws its order. Answers are kept per command id.
 */
@Component
public class JudicialTransfers implements ResettableState {

    /** A judicial transfer as the registry holds it: REGISTERED, or CANCELLED after a withdrawal. */
    public record Registration(String registrationNo, String caseNumber, String unitNumber, String certificateNo,
                               String taxPaymentCertificateNo, GaotangSeed.Party previousOwner,
                               GaotangSeed.Party transferee, String status) {

        Registration cancelled() {
            return new Registration(registrationNo, caseNumber, unitNumber, certificateNo, taxPaymentCertificateNo,
                    previousOwner, transferee, "CANCELLED");
        }
    }

    /** The registry's answer: an HTTP status and its body. */
    record Answer(int status, Map<String, Object> body) {
    }

    private final GaotangJudicialSeed seed;
    private final Map<String, Registration> byUnit = new LinkedHashMap<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private int sequence;

    public JudicialTransfers(GaotangJudicialSeed seed) {
        this.seed = seed;
    }

    @Override
    public synchronized void reset() {
        byUnit.clear();
        answers.clear();
        sequence = 0;
    }

    synchronized Answer register(String commandId, String caseNumber, String unitNumber, String certificate,
                                 GaotangSeed.Party transferee) {
        return answers.computeIfAbsent(commandId, id -> {
            Optional<GaotangJudicialSeed.Case> unit = seed.byUnit(unitNumber);
            if (unit.isEmpty()) {
                return error(404, "UNIT_NOT_FOUND", "no unit with this unit number is registered");
            }
            Registration existing = byUnit.get(unitNumber);
            if (existing != null && "REGISTERED".equals(existing.status()) && !existing.caseNumber().equals(caseNumber)) {
                return error(409, "UNIT_TRANSFERRED_UNDER_OTHER_CASE", "the unit was already transferred under another court case");
            }
            Registration r = existing != null && existing.caseNumber().equals(caseNumber) && "REGISTERED".equals(existing.status())
                    ? existing
                    : new Registration(String.format("SF2026%06d", ++sequence), caseNumber, unitNumber,
                            String.format("鲁(2026)高唐县不动产权第%07d号", 100000 + sequence), certificate,
                            unit.get().transferor(), transferee, "REGISTERED");
            byUnit.put(unitNumber, r);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("registrationNo", r.registrationNo());
            body.put("caseNumber", r.caseNumber());
            body.put("unitNumber", r.unitNumber());
            body.put("certificateNo", r.certificateNo());
            body.put("status", "REGISTERED");
            return new Answer(201, body);
        });
    }

    synchronized Answer cancel(String commandId, String caseNumber, String unitNumber) {
        return answers.computeIfAbsent(commandId, id -> {
            Registration r = byUnit.get(unitNumber);
            if (r == null || !r.caseNumber().equals(caseNumber)) {
                return error(404, "REGISTRATION_NOT_FOUND", "no transfer is registered under this case for this unit");
            }
            Registration cancelled = r.cancelled();
            byUnit.put(unitNumber, cancelled);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("registrationNo", cancelled.registrationNo());
            body.put("caseNumber", caseNumber);
            body.put("unitNumber", unitNumber);
            body.put("status", "CANCELLED");
            return new Answer(200, body);
        });
    }

    public synchronized List<Registration> registrations() {
        return new ArrayList<>(byUnit.values());
    }

    private static Answer error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        return new Answer(status, body);
    }
}
