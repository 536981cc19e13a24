package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import org.govhub.simulators.support.hub.AgencyRecords;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M6 from the approval bureau's side: the combined window (水电气暖网联合报装) takes an applicant's
 * utility connection application and the bureau's system hands it to the hub as
 * {@code gov.approval.utility-connection-applied.v1}; the outcomes come back to
 * {@code /_sim/approval/connection-outcomes}.
 */
@RestController
class ApprovalConnectionApplicationPushes {

    static final String APPLIED = "gov.approval.utility-connection-applied.v1";

    private final OriginatedEvents events;

    ApprovalConnectionApplicationPushes(OriginatedEvents events) {
        this.events = events;
    }

    /** Body: the application, as the event's data. */
    @PostMapping("/_sim/approval/utility-connection-applications")
    ResponseEntity<Object> apply(@RequestBody(required = false) JsonNode application) {
        return AgencyRecords.recordAndPush(events, "approval", APPLIED, application, "applicationNo");
    }
}
