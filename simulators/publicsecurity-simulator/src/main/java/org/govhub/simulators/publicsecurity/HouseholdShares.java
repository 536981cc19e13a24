package org.govhub.simulators.publicsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.simulators.support.GaotangNewHousingSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public security's household shares (M8, contracts/agencies/publicsecurity.v1.yaml, 户籍信息共享申请):
 * pinyin fields, {@code jg} 1 accepted / 0 refused. An accepted request prepares the bureau's
 * event {@code gov.publicsecurity.household-registration-shared.v1}, readable at
 * {@code /_sim/publicsecurity/shares}.
 */
@RestController
class HouseholdShares implements ResettableState {

    private final GaotangNewHousingSeed seed;
    private final ObjectMapper mapper;
    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final List<JsonNode> shares = new ArrayList<>();

    HouseholdShares(GaotangNewHousingSeed seed, ObjectMapper mapper) {
        this.seed = seed;
        this.mapper = mapper;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        shares.clear();
    }

    @PostMapping(path = "/publicsecurity/api/hjxx/gxsq", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    synchronized ResponseEntity<Map<String, Object>> request(@RequestBody JsonNode body) {
        Optional<String> problem = !body.path("sqbh").isTextual() || body.get("sqbh").asText().isEmpty()
                ? Optional.of("sqbh: 必填")
                : !body.path("ywbh").asText("").matches("^[A-Za-z0-9-]{6,32}$") ? Optional.of("ywbh: 格式错误")
                : body.path("xm").asText("").isEmpty() ? Optional.of("xm: 必填")
                : ResidentIdNumber.check(body.path("sfzh").asText(null)).map(p -> "sfzh: " + p);
        if (problem.isPresent()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(jg("9", problem.get(), null));
        }
        Map<String, Object> answer = answers.computeIfAbsent(body.get("sqbh").asText(), sqbh -> {
            String idNumber = body.get("sfzh").asText();
            Optional<JsonNode> household = seed.household(idNumber);
            if (household.isEmpty()) {
                return jg("0", "查无此人", null);
            }
            ObjectNode share = mapper.createObjectNode().put("applicationNo", body.get("ywbh").asText());
            share.putObject("person").put("name", body.get("xm").asText()).put("idType", "RESIDENT_ID").put("idNumber", idNumber);
            share.put("householdNo", household.get().path("householdNo").asText());
            share.set("members", household.get().path("members"));
            shares.add(share);
            return jg("1", "已受理", sqbh);
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /** The households the bureau is to share (each the data of its event), by application. */
    @GetMapping("/_sim/publicsecurity/shares")
    synchronized List<JsonNode> shares(@RequestParam(required = false) String applicationNo) {
        return shares.stream().filter(s -> applicationNo == null || s.path("applicationNo").asText().equals(applicationNo)).toList();
    }

    private static Map<String, Object> jg(String jg, String sm, String sqbh) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jg", jg);
        body.put("sm", sm);
        if (sqbh != null) {
            body.put("sqbh", sqbh);
        }
        return body;
    }
}
