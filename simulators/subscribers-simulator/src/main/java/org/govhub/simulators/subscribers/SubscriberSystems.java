package org.govhub.simulators.subscribers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Every subscribing county bureau's system, each keeping the newest credit version per
 * enterprise: any agency id on the path is a subscriber. Answers are kept per {@code commandId}.
 */
@Component
public class SubscriberSystems implements ResettableState {

    public record Answer(HttpStatus status, Map<String, Object> body) {
    }

    public record Held(int version, String creditClass, String action) {
    }

    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Map<String, Held>> held = new TreeMap<>();
    private final Map<String, Integer> sequences = new HashMap<>();

    @Override
    public synchronized void reset() {
        answers.clear();
        held.clear();
        sequences.clear();
    }

    synchronized Answer receive(String agency, JsonNode notice) {
        return answers.computeIfAbsent(agency + "|" + notice.path("commandId").asText(), k -> {
            Map<String, Held> ratings = held.computeIfAbsent(agency, a -> new LinkedHashMap<>());
            String uscc = notice.path("uscc").asText();
            Held current = ratings.get(uscc);
            int version = notice.path("version").asInt();
            if (current != null && current.version() >= version) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", "STALE_VERSION");
                body.put("message", "已有相同或更新版本");
                body.put("heldVersion", current.version());
                return new Answer(HttpStatus.CONFLICT, body);
            }
            ratings.put(uscc, new Held(version, notice.path("creditClass").asText(), notice.path("action").asText()));
            int n = sequences.merge(agency, 1, Integer::sum);
            return new Answer(HttpStatus.OK, Map.of("commandId", notice.path("commandId").asText(), "status", "RECEIVED",
                    "receiptNo", "XY-" + agency + "-" + String.format("%06d", n)));
        });
    }

    /** Per subscriber, the newest version held per enterprise. */
    public synchronized Map<String, Map<String, Held>> held() {
        Map<String, Map<String, Held>> copy = new TreeMap<>();
        held.forEach((agency, ratings) -> copy.put(agency, Map.copyOf(ratings)));
        return copy;
    }
}
