package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import org.govhub.simulators.support.hub.AgencyRecords;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * M2 from the approval bureau's side (审管联动): a clerk records a suspicious finding or a
 * granted licence in the bureau's system, which pushes it to the hub as the bureau's event.
 */
@RestController
@RequestMapping("/_sim/approval")
class ApprovalSupervisionPushes {

    static final String FINDING = "gov.approval.suspicious-finding.v1";
    static final String LICENCE = "gov.approval.licence-granted.v1";

    private final OriginatedEvents events;

    ApprovalSupervisionPushes(OriginatedEvents events) {
        this.events = events;
    }

    /** Body: the finding, as gov.approval.suspicious-finding.v1's data. */
    @PostMapping("/suspicious-findings")
    ResponseEntity<Object> finding(@RequestBody(required = false) JsonNode finding) {
        return AgencyRecords.recordAndPush(events, "approval", FINDING, finding, "findingId");
    }

    /** Body: the licence, as gov.approval.licence-granted.v1's data. */
    @PostMapping("/licences")
    ResponseEntity<Object> licence(@RequestBody(required = false) JsonNode licence) {
        return AgencyRecords.recordAndPush(events, "approval", LICENCE, licence, "licenceNo");
    }
}
