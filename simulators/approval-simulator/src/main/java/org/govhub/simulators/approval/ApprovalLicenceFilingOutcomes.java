package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * M2: what market supervision did with each licence the bureau granted, as the hub reports it
 * ({@code POST /api/v1/licence-filing-outcomes}). One answer per {@code commandId}: a repeat gets it again.
 */
@Component
public class ApprovalLicenceFilingOutcomes implements ResettableState {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final List<JsonNode> outcomes = new ArrayList<>();
    private int sequence;

    @Override
    public synchronized void reset() {
        answers.clear();
        outcomes.clear();
        sequence = 0;
    }

    synchronized Map<String, Object> record(JsonNode report) {
        return answers.computeIfAbsent(report.path("commandId").asText(), id -> {
            outcomes.add(report);
            String receipt = "XKF-" + DAY.format(LocalDate.now(ZoneId.of("Asia/Shanghai"))) + "-"
                    + String.format("%06d", ++sequence);
            return Map.of("commandId", id, "status", "RECORDED", "receiptNo", receipt);
        });
    }

    public synchronized List<JsonNode> outcomes() {
        return List.copyOf(outcomes);
    }
}
