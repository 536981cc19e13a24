package org.govhub.simulators.credit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The credit platform's records and evaluations. An enterprise's class is its base class (the
 * seed) made worse by each record in force: a SERIOUS one makes it D, a GENERAL one C, a MINOR
 * one B. A credit repair (信用修复) takes the records repaired out of the evaluation. Each
 * change of class is a new evaluation version. Answers are kept per Idempotency-Key. Synchronized.
 */
@Component
public class CreditPlatform implements ResettableState {

    /** A record version as held. */
    public record Record(String recordId, int version, String action, String authority, String category,
                         String severity, String uscc, String status, boolean repaired) {
    }

    /** An enterprise's evaluation: its class, the one before, the version. */
    public record Evaluation(String uscc, String creditClass, String previousClass, int version, String baseClass) {
    }

    public record Answer(HttpStatus status, Map<String, Object> body) {
    }

    private final GaotangEnterprises enterprises;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Record> records = new LinkedHashMap<>();
    private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();

    public CreditPlatform(GaotangEnterprises enterprises) {
        this.enterprises = enterprises;
        reset();
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        records.clear();
        evaluations.clear();
        enterprises.all().stream().filter(e -> e.credit() != null).forEach(e -> evaluations.put(e.uscc(),
                new Evaluation(e.uscc(), e.credit().creditClass(), null, e.credit().version(), e.credit().creditClass())));
    }

    synchronized Answer collect(String key, JsonNode r) {
        return answers.computeIfAbsent(key, k -> apply(r));
    }

    private Answer apply(JsonNode r) {
        String uscc = r.path("uscc").asText();
        if (!evaluations.containsKey(uscc)) {
            return error(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_ENTERPRISE", "法人库中无此主体", null);
        }
        String recordId = r.path("recordId").asText();
        int version = r.path("version").asInt();
        String action = r.path("action").asText();
        Record held = records.get(recordId);
        if (held == null && !action.equals("SUBMIT")) {
            return error(HttpStatus.NOT_FOUND, "UNKNOWN_RECORD", "无此信用记录，不能更正或撤销", null);
        }
        if (held != null && held.version() >= version) {
            return error(HttpStatus.CONFLICT, "STALE_VERSION", "已有相同或更新版本", held.version());
        }
        if (held != null && !held.uscc().equals(uscc)) {
            return error(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "uscc 与原记录的主体不一致", null);
        }
        Record record = new Record(recordId, version, action, r.path("authority").asText(), r.path("category").asText(),
                r.path("severity").asText(), uscc, action.equals("RETRACT") ? "RETRACTED" : "IN_FORCE", false);
        records.put(recordId, record);
        Evaluation evaluation = reevaluate(uscc);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordKey", recordId + "#" + version);
        body.put("recordId", recordId);
        body.put("version", version);
        body.put("status", record.status());
        body.put("evaluation", Map.of("uscc", uscc, "creditClass", evaluation.creditClass(), "version", evaluation.version()));
        return new Answer(HttpStatus.OK, body);
    }

    /** 信用修复: the enterprise's records stop counting; its class goes back to the base. */
    public synchronized Optional<Evaluation> repair(String uscc) {
        if (!evaluations.containsKey(uscc)) {
            return Optional.empty();
        }
        records.replaceAll((id, r) -> r.uscc().equals(uscc) ? new Record(r.recordId(), r.version(), r.action(),
                r.authority(), r.category(), r.severity(), r.uscc(), r.status(), true) : r);
        return Optional.of(reevaluate(uscc));
    }

    private Evaluation reevaluate(String uscc) {
        Evaluation current = evaluations.get(uscc);
        String worst = current.baseClass();
        for (Record r : records.values()) {
            if (r.uscc().equals(uscc) && r.status().equals("IN_FORCE") && !r.repaired()) {
                worst = worse(worst, switch (r.severity()) {
                    case "SERIOUS" -> "D";
                    case "GENERAL" -> "C";
                    default -> "B";
                });
            }
        }
        if (!worst.equals(current.creditClass())) {
            current = new Evaluation(uscc, worst, current.creditClass(), current.version() + 1, current.baseClass());
            evaluations.put(uscc, current);
        }
        return current;
    }

    private static String worse(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Answer error(HttpStatus status, String error, String detail, Integer heldVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail);
        if (heldVersion != null) {
            body.put("heldVersion", heldVersion);
        }
        return new Answer(status, body);
    }

    public synchronized Optional<Evaluation> evaluation(String uscc) {
        return Optional.ofNullable(evaluations.get(uscc));
    }

    public synchronized List<Record> records(String uscc) {
        return new ArrayList<>(records.values().stream().filter(r -> r.uscc().equals(uscc)).toList());
    }
}
