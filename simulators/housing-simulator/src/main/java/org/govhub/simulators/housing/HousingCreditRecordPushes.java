package org.govhub.simulators.housing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.simulators.support.hub.AgencyRecords;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** M3 from the housing bureau's side: a credit record it decided, pushed to the hub as its own event. */
@RestController
class HousingCreditRecordPushes {

    static final String CREDIT_RECORD = "gov.housing.credit-record.v1";

    private final OriginatedEvents events;

    HousingCreditRecordPushes(OriginatedEvents events) {
        this.events = events;
    }

    /** Body: the record version, as gov.housing.credit-record.v1's data; the authority is the bureau. */
    @PostMapping("/_sim/housing/credit-records")
    ResponseEntity<Object> creditRecord(@RequestBody(required = false) JsonNode record) {
        if (record instanceof ObjectNode o && !o.has("authority")) {
            o.put("authority", "housing");
        }
        return AgencyRecords.recordAndPush(events, "housing", CREDIT_RECORD, record, "recordId", "version");
    }
}
