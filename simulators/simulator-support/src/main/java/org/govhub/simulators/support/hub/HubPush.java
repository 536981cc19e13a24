package org.govhub.simulators.support.hub;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * What became of one call to the hub, after its retries: {@code ACCEPTED} (2xx, with the hub's
 * exchange or consent id), {@code REJECTED} (4xx: the hub's problem document kept as it came,
 * not retried) or {@code FAILED} (5xx or unreachable through every attempt, or no token). The
 * detail names the status or the transport error, never data of the event.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HubPush(String agency, String path, String eventId, String type, Status status, Integer httpStatus,
                      String id, JsonNode problem, String detail, int attempts, OffsetDateTime at) {

    public enum Status { ACCEPTED, REJECTED, FAILED }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }

    /** The hub's exchange id for an accepted event. */
    public String exchangeId() {
        return id;
    }
}
