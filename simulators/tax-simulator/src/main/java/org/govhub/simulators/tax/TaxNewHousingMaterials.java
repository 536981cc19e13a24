package org.govhub.simulators.tax;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bureau's materials for new-housing deed tax (M8, {@code POST /tax/api/deed-tax/new-housing-materials}):
 * the sale contract, and with the buyer's consent the household and the marriage status. Each
 * is recorded once per request id and readable at {@code /_sim/tax/new-housing-materials}.
 */
@RestController
class TaxNewHousingMaterials implements ResettableState {

    private static final Set<String> TYPES = Set.of("SALE_CONTRACT", "HOUSEHOLD", "MARRIAGE");

    private final Map<String, TaxJudicialLevies.Answer> answers = new HashMap<>();
    private final List<Map<String, Object>> materials = new ArrayList<>();

    @Override
    public synchronized void reset() {
        answers.clear();
        materials.clear();
    }

    @PostMapping(path = "/tax/api/deed-tax/new-housing-materials", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    synchronized ResponseEntity<TaxJudicialLevies.Answer> record(@RequestBody JsonNode body) {
        String problem = !body.path("request_id").isTextual() || body.get("request_id").asText().isEmpty() ? "request_id: 必填"
                : !body.path("application_no").asText("").matches("^[A-Za-z0-9-]{6,32}$") ? "application_no: 格式错误"
                : !TYPES.contains(body.path("material_type").asText()) ? "material_type: 须为 SALE_CONTRACT、HOUSEHOLD 或 MARRIAGE"
                : !body.path("material").isObject() ? "material: 须为对象" : null;
        if (problem != null) {
            return ResponseEntity.badRequest().body(new TaxJudicialLevies.Answer("1001", problem, null));
        }
        return ResponseEntity.ok(answers.computeIfAbsent(body.get("request_id").asText(), id -> {
            String materialNo = String.format("CL3715262026%05d", materials.size() + 1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("materialNo", materialNo);
            m.put("applicationNo", body.get("application_no").asText());
            m.put("materialType", body.get("material_type").asText());
            m.put("material", body.get("material"));
            materials.add(m);
            return new TaxJudicialLevies.Answer("0000", "成功", Map.of("material_no", materialNo));
        }));
    }

    @GetMapping("/_sim/tax/new-housing-materials")
    synchronized List<Map<String, Object>> materials(@RequestParam(required = false) String applicationNo) {
        return materials.stream().filter(m -> applicationNo == null || applicationNo.equals(m.get("applicationNo"))).toList();
    }
}
