package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * M2: what the approval bureau did with each supervision result market supervision pushed to it,
 * as the hub reports it ({@code POST /jgxx/fk}). One answer per {@code bizId}: a repeat gets it again.
 */
@Component
public class MarketSupervisionResultFeedback implements ResettableState {

    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final List<JsonNode> feedback = new ArrayList<>();
    private int sequence;

    @Override
    public synchronized void reset() {
        answers.clear();
        feedback.clear();
        sequence = 0;
    }

    synchronized Map<String, Object> record(JsonNode report) {
        return answers.computeIfAbsent(report.path("bizId").asText(), id -> {
            feedback.add(report);
            String recordId = "SCJG-FK-" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-"
                    + String.format("%06d", ++sequence);
            return Map.of("success", true, "data", Map.of("bizId", id, "recordId", recordId));
        });
    }

    public synchronized List<JsonNode> feedback() {
        return List.copyOf(feedback);
    }
}
