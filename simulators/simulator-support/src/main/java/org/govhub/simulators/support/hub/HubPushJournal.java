package org.govhub.simulators.support.hub;

import java.util.ArrayList;
import java.util.List;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * Every push to the hub and the hub's answer, oldest first, for tests and operators
 * ({@code GET /_sim/hub/pushes}). Ids, types, statuses and the hub's problem documents only;
 * the events themselves stay with the agency that made them.
 */
@Component
public class HubPushJournal implements ResettableState {

    /** The newest pushes kept; a long run (the bench) drops the oldest. */
    static final int LIMIT = 10_000;

    private final java.util.ArrayDeque<HubPush> entries = new java.util.ArrayDeque<>();

    synchronized void add(HubPush push) {
        if (entries.size() == LIMIT) {
            entries.removeFirst();
        }
        entries.addLast(push);
    }

    /** The pushes of one agency (all when null), optionally of one event type. */
    public synchronized List<HubPush> entries(String agency, String type) {
        return entries.stream()
                .filter(p -> agency == null || agency.equals(p.agency()))
                .filter(p -> type == null || type.equals(p.type()))
                .toList();
    }

    @Override
    public synchronized void reset() {
        entries.clear();
    }

    synchronized List<HubPush> all() {
        return new ArrayList<>(entries);
    }
}
