package org.govhub.simulators.publicsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The seal management system's filings, seeded from {@link EnterpriseSeed}: each enterprise's
 * filing and its seals, whether they are seized in a case, and the unit names already used on
 * filed seals. Every answer to a {@code requestId} is kept, so a repeat gets the first answer.
 */
@Component
public class SealRegistry implements ResettableState {

    /** One seal as filed. */
    public record Seal(String type, String sealCode) {
    }

    /** An enterprise's seal filing. */
    public record Filing(String filingNo, String creditCode, String unitName, List<Seal> seals, boolean seized,
                         String status) {
    }

    /** An answer: HTTP status and body. */
    record Answer(int status, Map<String, Object> body) {
    }

    private final EnterpriseSeed seed;
    private final Map<String, Filing> filings = new LinkedHashMap<>();
    private final Set<String> takenNames = new HashSet<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private int sequence;

    public SealRegistry(EnterpriseSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        filings.clear();
        takenNames.clear();
        answers.clear();
        sequence = 0;
        JsonNode ps = seed.agency("publicsecurity");
        ps.path("takenSealNames").forEach(n -> takenNames.add(n.asText()));
        ps.path("sealFilings").forEach(f -> filings.put(f.path("uscc").asText(), new Filing(f.path("filingNo").asText(),
                f.path("uscc").asText(), "", List.of(new Seal("OFFICIAL", sealCode()), new Seal("FINANCE", sealCode())),
                f.path("seized").asBoolean(), "FILED")));
    }

    synchronized Answer file(JsonNode r) {
        return answers.computeIfAbsent(r.path("requestId").asText(), id -> {
            String code = r.path("unit").path("creditCode").asText();
            String name = r.path("unit").path("name").asText();
            if (takenNames.contains(name) || (filings.containsKey(code) && "FILED".equals(filings.get(code).status()))) {
                return new Answer(409, Map.of("error", "SEAL_NAME_TAKEN",
                        "detail", "a seal with this unit name is already filed"));
            }
            List<Seal> seals = new ArrayList<>();
            r.path("sealTypes").forEach(t -> seals.add(new Seal(t.asText(), sealCode())));
            Filing f = new Filing(String.format("GASZ371526%06d", ++sequence), code, name, List.copyOf(seals), false,
                    "FILED");
            filings.put(code, f);
            takenNames.add(name);
            return new Answer(201, Map.of("filingNo", f.filingNo(), "creditCode", code, "seals", f.seals()));
        });
    }

    synchronized Answer cancel(JsonNode r) {
        return answers.computeIfAbsent(r.path("requestId").asText(), id -> {
            String code = r.path("creditCode").asText();
            Filing f = filings.get(code);
            if (f == null || !"FILED".equals(f.status())) {
                return new Answer(404, Map.of("error", "NO_FILING", "detail", "no seal filing for this unit"));
            }
            if (f.seized()) {
                return new Answer(409, Map.of("error", "SEALS_SEIZED",
                        "detail", "the seals are held in a case and cannot be cancelled"));
            }
            filings.put(code, new Filing(f.filingNo(), code, f.unitName(), f.seals(), false, "CANCELLED"));
            return new Answer(200, Map.of("cancellationNo", String.format("GAZX371526%06d", ++sequence),
                    "creditCode", code, "sealsCancelled", f.seals().size()));
        });
    }

    public synchronized List<Filing> filings() {
        return List.copyOf(filings.values());
    }

    private String sealCode() {
        return String.format("371526%07d", ++sequence);
    }
}
