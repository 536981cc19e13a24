package org.govhub.simulators.water;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** M6: the water utility's 用水报装申请 interface (contracts/agencies/water.v1.yaml), and its state read back. */
@RestController
class WaterConnectionController {

    private static final Set<String> FIELDS = Set.of("sqbh", "ckbh", "xmdm", "xmmc", "dz", "qxdm", "slrq", "sqrmc",
            "sqrzjzl", "sqrzjh", "lxdh", "ysxz", "kj", "rysl", "ywxgc");
    private static final Map<String, Pattern> RULES = Map.ofEntries(
            Map.entry("sqbh", Pattern.compile("^.{1,160}$")),
            Map.entry("ckbh", Pattern.compile("^[A-Za-z0-9-]{6,32}$")),
            Map.entry("xmdm", Pattern.compile("^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$")),
            Map.entry("xmmc", Pattern.compile("^.{2,100}$")),
            Map.entry("dz", Pattern.compile("^.{2,200}$")),
            Map.entry("qxdm", Pattern.compile("^\\d{6}$")),
            Map.entry("sqrmc", Pattern.compile("^.{1,100}$")),
            Map.entry("sqrzjzl", Pattern.compile("^[17]$")),
            Map.entry("sqrzjh", Pattern.compile("^[0-9A-Z]{18}$")),
            Map.entry("lxdh", Pattern.compile("^1[3-9]\\d{9}$")),
            Map.entry("ysxz", Pattern.compile("^[123]$")),
            Map.entry("kj", Pattern.compile("^(15|20|25|40|50|80|100|150|200)$")),
            Map.entry("rysl", Pattern.compile("^\\d{1,6}\\.\\d{2}$")),
            Map.entry("ywxgc", Pattern.compile("^[01]$")));
    private static final List<String> REQUIRED = List.of("sqbh", "ckbh", "xmmc", "dz", "qxdm", "slrq", "sqrmc",
            "sqrzjzl", "sqrzjh", "lxdh", "ysxz", "kj", "ywxgc");

    private final WaterConnectionApplications applications;

    WaterConnectionController(WaterConnectionApplications applications) {
        this.applications = applications;
    }

    @PostMapping(path = "/water/bz/sq", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> apply(@RequestBody JsonNode body) {
        Optional<String> wrong = violation(body);
        if (wrong.isPresent()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(SdqResponse.invalid(wrong.get()));
        }
        return ResponseEntity.ok(applications.apply(body.get("sqbh").asText(), body.get("ckbh").asText(),
                body.get("dz").asText(), body.get("kj").asText(), "1".equals(body.get("ywxgc").asText())));
    }

    /** The applications taken up, oldest first; outside the utility's contract. */
    @GetMapping("/_sim/water/connection-applications")
    List<WaterConnectionApplications.Application> taken() {
        return applications.applications();
    }

    /** The first rule the request breaks, naming the field and never its value. */
    private static Optional<String> violation(JsonNode b) {
        if (!b.isObject()) {
            return Optional.of("请求体须为 JSON 对象");
        }
        for (var it = b.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                return Optional.of("不允许的字段 " + name);
            }
            if (!b.get(name).isTextual()) {
                return Optional.of(name + " 须为字符串");
            }
        }
        for (String name : REQUIRED) {
            if (!b.has(name)) {
                return Optional.of(name + " 必填");
            }
        }
        for (var rule : RULES.entrySet()) {
            if (b.has(rule.getKey()) && !rule.getValue().matcher(b.get(rule.getKey()).asText()).matches()) {
                return Optional.of(rule.getKey() + " 取值错误");
            }
        }
        try {
            LocalDate.parse(b.get("slrq").asText());
        } catch (DateTimeParseException e) {
            return Optional.of("slrq 须为 yyyy-MM-dd 日期");
        }
        return Optional.empty();
    }
}
