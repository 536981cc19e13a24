package org.govhub.simulators.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The court's enforcement cases (from {@link GaotangJudicialSeed}) and the feedback (协助执行回执)
 * recorded on them, one receipt per feedback id: a repeat gets the first receipt.
 */
@Component
public class CourtFeedbackRecords implements ResettableState {

    /** A feedback as recorded, with the court's receipt number. */
    public record Feedback(String receiptNo, String feedbackId, String caseNumber, String unitNumber, String stage,
                           String outcome, JsonNode steps) {
    }

    private final GaotangJudicialSeed seed;
    private final Map<String, Feedback> byId = new LinkedHashMap<>();

    public CourtFeedbackRecords(GaotangJudicialSeed seed) {
        this.seed = seed;
    }

    @Override
    public synchronized void reset() {
        byId.clear();
    }

    /** Records the feedback; empty when the court has no such case. */
    synchronized Optional<Feedback> record(String feedbackId, String caseNumber, String unitNumber, String stage,
                                           String outcome, JsonNode steps) {
        Feedback earlier = byId.get(feedbackId);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        if (seed.byCaseNumber(caseNumber).isEmpty()) {
            return Optional.empty();
        }
        Feedback feedback = new Feedback(String.format("HZ2026%06d", byId.size() + 1), feedbackId, caseNumber,
                unitNumber, stage, outcome, steps);
        byId.put(feedbackId, feedback);
        return Optional.of(feedback);
    }

    public synchronized List<Feedback> feedback(String caseNumber) {
        List<Feedback> out = new ArrayList<>();
        byId.values().stream().filter(f -> caseNumber == null || f.caseNumber().equals(caseNumber)).forEach(out::add);
        return out;
    }
}
