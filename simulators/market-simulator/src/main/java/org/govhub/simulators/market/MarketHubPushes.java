package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.simulators.support.hub.AgencyRecords;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market supervision's system pushing its own events: M2's supervision results and enforcement
 * decisions back to the approval bureau, and M3's credit records (penalties, abnormal operation
 * listings...) to the credit platform, each as a clerk records it.
 */
@RestController
@RequestMapping("/_sim/market")
class MarketHubPushes {

    static final String RESULT = "gov.market.supervision-result.v1";
    static final String CREDIT_RECORD = "gov.market.credit-record.v1";

    private final OriginatedEvents events;

    MarketHubPushes(OriginatedEvents events) {
        this.events = events;
    }

    /** Body: the result, as gov.market.supervision-result.v1's data. */
    @PostMapping("/supervision-results")
    ResponseEntity<Object> result(@RequestBody(required = false) JsonNode result) {
        return AgencyRecords.recordAndPush(events, "market", RESULT, result, "resultId");
    }

    /** Body: the record version, as gov.market.credit-record.v1's data; the authority is market supervision. */
    @PostMapping("/credit-records")
    ResponseEntity<Object> creditRecord(@RequestBody(required = false) JsonNode record) {
        if (record instanceof ObjectNode o && !o.has("authority")) {
            o.put("authority", "market");
        }
        return AgencyRecords.recordAndPush(events, "market", CREDIT_RECORD, record, "recordId", "version");
    }
}
