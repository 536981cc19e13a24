package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated approval bureau's M2/M3 state back; outside the bureau's contract. */
@RestController
@RequestMapping("/_sim/approval")
class ApprovalPushesSimulatorController {

    private final ApprovalRecords records;

    ApprovalPushesSimulatorController(ApprovalRecords records) {
        this.records = records;
    }

    @GetMapping("/supervision-results")
    List<JsonNode> supervisionResults() {
        return records.supervisionResults();
    }

    @GetMapping("/finding-outcomes")
    List<JsonNode> findingOutcomes() {
        return records.findingOutcomes();
    }

    /** The newest credit version the bureau holds, per enterprise. */
    @GetMapping("/credit-ratings")
    Map<String, ApprovalRecords.HeldRating> creditRatings() {
        return records.ratings();
    }
}
