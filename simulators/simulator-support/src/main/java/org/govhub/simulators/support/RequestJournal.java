package org.govhub.simulators.support;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Every request each simulated agency received, as it arrived (method, path, content type, raw
 * body), newest last, bounded per agency. Tests read it back to assert exactly which fields an
 * agency was given (data minimisation), and how often (idempotency).
 */
@Component
public class RequestJournal {

    /** One received request. */
    public record Entry(Instant at, String method, String path, String contentType, String body) {
    }

    private static final int MAX_PER_AGENCY = 10_000;
    private final Map<String, Deque<Entry>> entries = new ConcurrentHashMap<>();

    public void record(String agency, Entry entry) {
        Deque<Entry> q = entries.computeIfAbsent(agency, a -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(entry);
            while (q.size() > MAX_PER_AGENCY) {
                q.removeFirst();
            }
        }
    }

    public List<Entry> entries(String agency) {
        Deque<Entry> q = entries.get(agency);
        if (q == null) {
            return List.of();
        }
        synchronized (q) {
            return new ArrayList<>(q);
        }
    }

    public void clear() {
        entries.clear();
    }
}
