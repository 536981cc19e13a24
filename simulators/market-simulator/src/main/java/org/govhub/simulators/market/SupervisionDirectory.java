package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * Market supervision's directory of supervised enterprises (检查对象名录库), seeded from
 * {@link EnterpriseSeed}, with the ones under an open investigation. Every answer to a
 * {@code bizId} is kept.
 */
@Component
public class SupervisionDirectory implements ResettableState {

    /** One supervised enterprise, and the permits recorded as cancelled with it. */
    public record Entry(String entCode, boolean underInvestigation, String status, List<String> cancelledLicences) {
    }

    private final EnterpriseSeed seed;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, ObjectNode> answers = new HashMap<>();
    private int sequence;

    public SupervisionDirectory(EnterpriseSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        entries.clear();
        answers.clear();
        sequence = 0;
        seed.agency("market").path("directory").forEach(e -> entries.put(e.path("uscc").asText(),
                new Entry(e.path("uscc").asText(), e.path("underInvestigation").asBoolean(), "SUPERVISED", List.of())));
    }

    synchronized ObjectNode deregistered(JsonNode r) {
        return answers.computeIfAbsent(r.path("bizId").asText(), id -> {
            Entry e = entries.get(r.path("entCode").asText());
            if (e == null || !"SUPERVISED".equals(e.status())) {
                return failure("NOT_IN_DIRECTORY", "检查对象名录库中无该企业");
            }
            if (e.underInvestigation()) {
                return failure("UNDER_INVESTIGATION", "企业存在未办结的立案调查");
            }
            List<String> licences = new ArrayList<>();
            r.path("licences").forEach(l -> licences.add(l.path("licenceNo").asText()));
            entries.put(e.entCode(), new Entry(e.entCode(), false, "DEREGISTERED", List.copyOf(licences)));
            ObjectNode ok = mapper.createObjectNode().put("success", true);
            ok.putObject("data").put("recordId", String.format("SCJG-ZX-2026-%06d", ++sequence));
            return ok;
        });
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private ObjectNode failure(String code, String msg) {
        return mapper.createObjectNode().put("success", false).put("errorCode", code).put("errorMsg", msg);
    }
}
