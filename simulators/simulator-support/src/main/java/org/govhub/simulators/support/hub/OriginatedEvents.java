package org.govhub.simulators.support.hub;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The events the simulated agencies originated, each made once from the agency's record (a
 * ruling, a paid levy, a prepared share...) under the record's own key, so that doing the same
 * business action again re-sends the same CloudEvent (the same id) instead of making a second
 * one; with the hub's answer to its latest push. The record changes before anything leaves, as a
 * real system commits first: a failed push leaves the record and the event, to be pushed again.
 */
@Component
public class OriginatedEvents implements ResettableState {

    /** One originated event: which record it is of, its CloudEvent, and the latest push's result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String agency, String key, String type, String eventId, @JsonIgnore String cloudEvent,
                        HubPush hubDelivery, int pushes) {

        /** The hub's exchange id once it took the event. */
        public String exchangeId() {
            return hubDelivery != null && hubDelivery.accepted() ? hubDelivery.exchangeId() : null;
        }
    }

    private final HubEventPusher pusher;
    private final Map<String, Event> byKey = new LinkedHashMap<>();

    public OriginatedEvents(HubEventPusher pusher) {
        this.pusher = pusher;
    }

    /**
     * Makes the agency's event for the record {@code key} (once; a repeat finds the first) and
     * pushes it. The answer says what the hub did with it.
     */
    public Event originate(String agency, String key, String type, JsonNode data) {
        Event event;
        synchronized (this) {
            event = byKey.computeIfAbsent(agency + " " + key, k -> new Event(agency, key, type, null,
                    pusher.cloudEvent(agency, type, data), null, 0));
        }
        return push(event);
    }

    /** Pushes the event again (the same CloudEvent). */
    public Optional<Event> push(String eventId) {
        return find(eventId).map(this::push);
    }

    private Event push(Event event) {
        HubPush result = pusher.push(event.agency(), event.cloudEvent());
        synchronized (this) {
            String k = event.agency() + " " + event.key();
            Event current = byKey.get(k);
            Event updated = new Event(current.agency(), current.key(), current.type(), result.eventId(),
                    current.cloudEvent(), result, current.pushes() + 1);
            byKey.put(k, updated);
            return updated;
        }
    }

    public synchronized Optional<Event> find(String eventId) {
        return byKey.values().stream().filter(e -> eventIdOf(e).equals(eventId)).findFirst();
    }

    /** The events of the agency (all when null), oldest first. */
    public synchronized List<Event> events(String agency) {
        List<Event> out = new ArrayList<>();
        byKey.values().stream().filter(e -> agency == null || agency.equals(e.agency())).forEach(out::add);
        return out;
    }

    private String eventIdOf(Event e) {
        if (e.eventId() != null) {
            return e.eventId();
        }
        int i = e.cloudEvent().indexOf("\"id\":\"");
        return e.cloudEvent().substring(i + 6, e.cloudEvent().indexOf('"', i + 6));
    }

    @Override
    public synchronized void reset() {
        byKey.clear();
    }
}
