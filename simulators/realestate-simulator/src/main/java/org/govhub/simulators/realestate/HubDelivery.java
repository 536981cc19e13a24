package org.govhub.simulators.realestate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.govhub.simulators.support.hub.HubPush;

/** Whether the hub accepted a transfer's event, after how many pushes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HubDelivery(Status status, String eventId, String exchangeId, String detail, int attempts) {

    public enum Status { PENDING, ACCEPTED, FAILED }

    static HubDelivery pending(String eventId) {
        return new HubDelivery(Status.PENDING, eventId, null, null, 0);
    }

    /** The hub's answer to one push (after the pusher's own retries); a refusal is a failed delivery. */
    static HubDelivery of(HubPush push) {
        return new HubDelivery(push.accepted() ? Status.ACCEPTED : Status.FAILED, null,
                push.accepted() ? push.exchangeId() : null, push.accepted() ? null : push.detail(), 0);
    }

    /** This push's result, counted after the earlier attempts. */
    HubDelivery after(HubDelivery earlier) {
        return new HubDelivery(status, earlier.eventId(), exchangeId, detail, earlier.attempts() + 1);
    }
}
