package org.govhub.simulators.tax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tax bureau's departmental interface, contracts/agencies/tax.v1.yaml. */
@RestController
@RequestMapping(path = "/tax/api", produces = MediaType.APPLICATION_JSON_VALUE)
class TaxApiController {

    private static final String USCC = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";

    private final TaxRegistry registry;
    private final ObjectMapper mapper;

    TaxApiController(TaxRegistry registry, ObjectMapper mapper) {
        this.registry = registry;
        this.mapper = mapper;
    }

    // --- M4 enterprise-startup-bundle ---
    @PostMapping(path = "/nsrdj", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> register(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body)
                .only(Set.of("lsh", "nsrsbh", "nsrmc", "djzclx", "scjydz", "xzqhdm", "jyfw", "zczb", "kyrq",
                        "fddbrxm", "fddbrsfzjzl", "fddbrsfzjhm", "fddbrlxdh", "sqfp"))
                .text("lsh", 1, 100, true)
                .uscc("nsrsbh")
                .text("nsrmc", 2, 100, true)
                .oneOf("djzclx", Set.of("173", "160", "171", "175", "190"), true)
                .text("scjydz", 2, 200, true)
                .pattern("xzqhdm", "^\\d{6}$", "须为6位行政区划代码", true)
                .text("jyfw", 0, 2000, false)
                .pattern("zczb", "^\\d{1,13}(\\.\\d{1,2})?$", "须为金额", false)
                .date("kyrq", DateTimeFormatter.ISO_LOCAL_DATE, true)
                .text("fddbrxm", 1, 100, true)
                .oneOf("fddbrsfzjzl", Set.of("201"), true)
                .residentId("fddbrsfzjhm")
                .pattern("fddbrlxdh", "^1[3-9]\\d{9}$", "须为11位手机号", false)
                .oneOf("sqfp", Set.of("Y", "N"), true)
                .problem();
        return problem.map(this::invalid).orElseGet(() -> ResponseEntity.ok(registry.register(body)));
    }

    // --- M5 enterprise-deregistration ---
    @PostMapping(path = "/nsrzx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> deregister(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body)
                .only(Set.of("lsh", "nsrsbh", "nsrmc", "zxlx", "zxyy", "zxrq"))
                .text("lsh", 1, 100, true)
                .pattern("nsrsbh", USCC, "统一社会信用代码格式错误", true)
                .uscc("nsrsbh")
                .text("nsrmc", 2, 100, true)
                .oneOf("zxlx", Set.of("1", "2"), true)
                .oneOf("zxyy", Set.of("VOLUNTARY_DISSOLUTION", "MERGER_OR_DIVISION", "BANKRUPTCY", "LICENCE_REVOKED",
                        "OTHER"), true)
                .date("zxrq", DateTimeFormatter.ISO_LOCAL_DATE, true)
                .problem();
        return problem.map(this::invalid).orElseGet(() -> ResponseEntity.ok(registry.deregister(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable() {
        return invalid("body: 请求体不是合法的 JSON");
    }

    private ResponseEntity<ObjectNode> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(mapper.createObjectNode().put("code", "40").put("msg", why));
    }
}
