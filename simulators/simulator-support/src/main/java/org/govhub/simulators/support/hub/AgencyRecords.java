package org.govhub.simulators.support.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What an agency clerk's "record and share" action does in the simulated agency's system: the
 * record (the data of the agency's event, as entered) is checked for its key, kept, and pushed
 * as the agency's event; recording the same record again re-sends the same event. The hub
 * checks the data against the event's schema and says why it refuses (kept in the answer's
 * {@code hubDelivery.problem}).
 */
public final class AgencyRecords {

    private AgencyRecords() {
    }

    /**
     * Records and pushes: 400 naming the field when a key field is missing, else 200 with the
     * event and the hub's answer (accepted, refused with its problem document, or failed).
     */
    public static ResponseEntity<Object> recordAndPush(OriginatedEvents events, String agency, String type,
                                                       JsonNode record, String... keyFields) {
        if (record == null || !record.isObject()) {
            return ResponseEntity.badRequest().body(Map.of("error", "body: must be a JSON object (the record)"));
        }
        StringBuilder key = new StringBuilder(type);
        for (String field : keyFields) {
            JsonNode value = record.path(field);
            if (!value.isValueNode() || value.asText().isBlank()) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", field + ": required"));
            }
            key.append(' ').append(value.asText());
        }
        return ResponseEntity.ok(events.originate(agency, key.toString(), type, record));
    }
}
