package org.govhub.simulators.water;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.govhub.simulators.support.UtilityIntake;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M6, Parts 4.2 and 4.5: the water utility registers the project of each construction permit,
 * {@code POST /water/bz/xkz} (contracts/agencies/water.v1.yaml). Idempotent on {@code sqbh}; a
 * site outside the water network (seed/gaotang-connections.json) is answered {@code 3001}.
 */
@RestController
class WaterConstructionPermitController {

    private static final Set<String> FIELDS = Set.of("sqbh", "xkzh", "xmdm", "xmmc", "dz", "qxdm", "jzyt", "fzrq", "jgrq",
            "jsdw", "jsdwdm", "jzmj", "hs");

    private final UtilityIntake intake;

    WaterConstructionPermitController(UtilityIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/water/bz/xkz", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> register(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body).only(FIELDS)
                .text("sqbh", 1, 160, true)
                .pattern("xkzh", "^\\d{18}$", "取值错误", true)
                .pattern("xmdm", "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$", "取值错误", true)
                .text("xmmc", 2, 100, true)
                .text("dz", 2, 200, true)
                .pattern("qxdm", "^\\d{6}$", "取值错误", true)
                .oneOf("jzyt", Set.of("RESIDENTIAL", "COMMERCIAL", "INDUSTRIAL", "PUBLIC", "MIXED"), true)
                .isoDate("fzrq", true)
                .isoDate("jgrq", true)
                .text("jsdw", 2, 100, true)
                .uscc("jsdwdm")
                .pattern("jzmj", "^\\d{1,8}\\.\\d{2}$", "取值错误", true)
                .pattern("hs", "^\\d{1,6}$", "取值错误", false)
                .problem();
        if (problem.isPresent()) {
            String field = problem.get().substring(0, problem.get().indexOf(':'));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("code", "4001", "msg", "参数错误：" + field + " 取值错误"));
        }
        String sqbh = body.get("sqbh").asText();
        String address = body.get("dz").asText();
        return intake.once("water", "construction-permit", sqbh, "SWQZ", 6, qzbh -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sqbh", sqbh);
            if (!intake.serves("water", address)) {
                answer.put("code", "3001");
                answer.put("msg", "该地址不在供水管网覆盖范围");
                answer.put("data", data);
                return new UtilityIntake.Outcome<>(ResponseEntity.ok(answer), null);
            }
            data.put("qzbh", qzbh);
            answer.put("code", "0000");
            answer.put("msg", "登记成功");
            answer.put("data", data);
            return new UtilityIntake.Outcome<>(ResponseEntity.ok(answer), new UtilityIntake.Filed("water",
                    "construction-permit", sqbh, body.get("xkzh").asText(), qzbh, address,
                    Map.of("jzmj", body.get("jzmj").asText())));
        });
    }
}
