package org.govhub.simulators.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import org.govhub.simulators.support.hub.AgencyRecords;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M8 from the registry's side: at the one window (一窗受理) a buyer applies to register a new
 * home; the registry's system asks the hub for the materials as
 * {@code gov.realestate.new-housing-registration-requested.v1}.
 */
@RestController
class NewHousingRegistrationRequests {

    static final String REQUESTED = "gov.realestate.new-housing-registration-requested.v1";

    private final OriginatedEvents events;

    NewHousingRegistrationRequests(OriginatedEvents events) {
        this.events = events;
    }

    /** Body: the application, as the event's data ({@code applicationNo}, {@code unitNumber}, {@code buyer}). */
    @PostMapping("/_sim/realestate/new-housing-registration-requests")
    ResponseEntity<Object> request(@RequestBody(required = false) JsonNode application) {
        return AgencyRecords.recordAndPush(events, "realestate", REQUESTED, application, "applicationNo");
    }
}
