package org.govhub.simulators.realestate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Whether the hub accepted a transfer's event, after how many pushes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HubDelivery(Status status, String eventId, String exchangeId, String detail, int attempts) {

    public enum Status { PENDING, ACCEPTED, FAILED }

    static HubDelivery pending(String eventId) {
        return new HubDelivery(Status.PENDING, eventId, null, null, 0);
    }

    /** This push's result, counted after the earlier attempts. */
    HubDelivery after(HubDelivery earlier) {
        return new HubDelivery(status, earlier.eventId(), exchangeId, detail, earlier.attempts() + 1);
    }
}
