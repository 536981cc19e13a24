package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The approval bureau's state for M2 and M3: the licences it granted (from the enterprise seed),
 * the supervision results and finding outcomes it recorded, and the newest credit version it
 * holds per enterprise. Every answer to a {@code commandId} is kept, so a repeat gets the first
 * answer and changes nothing. Synchronized: the hub may call concurrently.
 */
@Component
public class ApprovalRecords implements ResettableState {

    /** An answer as the API gives it. */
    public record Answer(HttpStatus status, Map<String, Object> body) {
    }

    /** A credit version held. */
    public record HeldRating(String uscc, int version, String creditClass, String action, String commandId) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final GaotangEnterprises enterprises;
    private final Map<String, Answer> answers = new HashMap<>();
    private final List<JsonNode> supervisionResults = new ArrayList<>();
    private final List<JsonNode> findingOutcomes = new ArrayList<>();
    private final Map<String, HeldRating> ratings = new LinkedHashMap<>();
    private final Map<String, List<String>> licences = new HashMap<>();
    private int sequence;

    public ApprovalRecords(GaotangEnterprises enterprises) {
        this.enterprises = enterprises;
        reset();
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        supervisionResults.clear();
        findingOutcomes.clear();
        ratings.clear();
        licences.clear();
        sequence = 0;
        enterprises.all().forEach(e -> licences.put(e.uscc(), new ArrayList<>(e.licences())));
    }

    synchronized Answer supervisionResult(JsonNode report) {
        return once(report, r -> {
            if (licences.getOrDefault(r.path("uscc").asText(), List.of()).isEmpty()) {
                return refusal(HttpStatus.NOT_FOUND, "NO_LICENCE_ON_RECORD", "本局无该主体的许可记录", null);
            }
            supervisionResults.add(r);
            return recorded(r, "SPJ");
        });
    }

    synchronized Answer findingOutcome(JsonNode report) {
        return once(report, r -> {
            findingOutcomes.add(r);
            return recorded(r, "FKJ");
        });
    }

    synchronized Answer creditNotice(JsonNode report) {
        return once(report, r -> {
            String uscc = r.path("uscc").asText();
            HeldRating held = ratings.get(uscc);
            int version = r.path("version").asInt();
            if (held != null && held.version() >= version) {
                return refusal(HttpStatus.CONFLICT, "STALE_VERSION", "已有相同或更新版本", held.version());
            }
            ratings.put(uscc, new HeldRating(uscc, version, r.path("creditClass").asText(), r.path("action").asText(),
                    r.path("commandId").asText()));
            return recorded(r, "XYJ");
        });
    }

    private Answer once(JsonNode report, Function<JsonNode, Answer> work) {
        return answers.computeIfAbsent(report.path("commandId").asText(), id -> work.apply(report));
    }

    private Answer recorded(JsonNode r, String prefix) {
        String receipt = prefix + "-" + DAY.format(LocalDate.now(ZoneId.of("Asia/Shanghai"))) + "-"
                + String.format("%06d", ++sequence);
        return new Answer(HttpStatus.OK, Map.of("commandId", r.path("commandId").asText(), "status", "RECORDED",
                "receiptNo", receipt));
    }

    private static Answer refusal(HttpStatus status, String code, String message, Integer heldVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        if (heldVersion != null) {
            body.put("heldVersion", heldVersion);
        }
        return new Answer(status, body);
    }

    public synchronized List<JsonNode> supervisionResults() {
        return List.copyOf(supervisionResults);
    }

    public synchronized List<JsonNode> findingOutcomes() {
        return List.copyOf(findingOutcomes);
    }

    public synchronized Map<String, HeldRating> ratings() {
        return Map.copyOf(ratings);
    }

    static final Set<String> CLASSES = Set.of("A", "B", "C", "D", "E");
}
