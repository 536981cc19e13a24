package org.govhub.simulators.civil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * M8 from the civil affairs bureau's side: once it prepared the buyer's marriage status for an application (the hub's
 * request, {@code /_sim/civil/shares}), its system shares it with the hub as its own event
 * {@code gov.civil.marriage-status-shared.v1}, built from the prepared share. Sharing again re-sends the same event.
 */
@RestController
class MarriageSharePush {

    static final String TYPE = "gov.civil.marriage-status-shared.v1";
    private static final Logger LOG = LoggerFactory.getLogger(MarriageSharePush.class);

    private final MarriageShares shares;
    private final OriginatedEvents events;

    MarriageSharePush(MarriageShares shares, OriginatedEvents events) {
        this.shares = shares;
        this.events = events;
    }

    @PostMapping("/_sim/civil/shares/{applicationNo}/push")
    ResponseEntity<Object> push(@PathVariable String applicationNo) {
        List<JsonNode> prepared = shares.shares(applicationNo);
        if (prepared.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "applicationNo: nothing prepared to share for this application"));
        }
        OriginatedEvents.Event event = events.originate("civil", "share " + applicationNo, TYPE, prepared.get(0));
        LOG.info("civil: share for application {} -> hub {}", applicationNo, event.hubDelivery().status());
        return ResponseEntity.ok(event);
    }
}
