package org.govhub.simulators.heat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.simulators.support.UtilityIntake;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * M6 at the heating company's form endpoints (contracts/agencies/heat.v1.yaml): 供热报装
 * ({@code apply.do}) and construction-permit registration ({@code permit.do}), signed like
 * {@code transfer.do} (checked by {@link HeatSignatureCheck}). Every request is answered HTTP 200:
 * {@code ret} 0, 301 (a town without heating network, seed/gaotang-connections.json) or 201
 * (a bad parameter, named). Idempotent on {@code reqNo}.
 */
@RestController
class HeatConnectionController {

    private static final String PROJECT_CODE = "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$";
    private static final String DAY = "^\\d{8}$";

    private record Rule(String field, String regex, boolean required) {
    }

    private static final List<Rule> APPLY = List.of(
            new Rule("reqNo", "^.{1,160}$", true),
            new Rule("ckbh", "^[A-Za-z0-9-]{6,32}$", true),
            new Rule("xmdm", PROJECT_CODE, false),
            new Rule("xmmc", "^.{2,100}$", true),
            new Rule("dz", "^.{2,200}$", true),
            new Rule("qxdm", "^\\d{6}$", true),
            new Rule("slrq", DAY, true),
            new Rule("sqrmc", "^.{1,100}$", true),
            new Rule("sqrzjh", "^[0-9A-Z]{18}$", true),
            new Rule("lxdh", "^1[3-9]\\d{9}$", true),
            new Rule("grmj", "^\\d{1,8}\\.\\d{2}$", true),
            new Rule("ywgc", "^[01]$", true));
    private static final List<Rule> PERMIT = List.of(
            new Rule("reqNo", "^.{1,160}$", true),
            new Rule("xkzh", "^\\d{18}$", true),
            new Rule("xmdm", PROJECT_CODE, true),
            new Rule("xmmc", "^.{2,100}$", true),
            new Rule("dz", "^.{2,200}$", true),
            new Rule("qxdm", "^\\d{6}$", true),
            new Rule("jzyt", "^(RESIDENTIAL|COMMERCIAL|INDUSTRIAL|PUBLIC|MIXED)$", true),
            new Rule("fzrq", DAY, true),
            new Rule("jgrq", DAY, true),
            new Rule("jsdw", "^.{2,100}$", true),
            new Rule("jsdwdm", "^[0-9A-Z]{18}$", true),
            new Rule("jzmj", "^\\d{1,8}\\.\\d{2}$", true));

    private final UtilityIntake intake;

    HeatConnectionController(UtilityIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/heat/api/apply.do", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> apply(@RequestParam MultiValueMap<String, String> form) {
        Map<String, String> f;
        try {
            f = read(form, APPLY);
        } catch (BadParameter e) {
            return badParameter(e.getMessage());
        }
        String address = f.get("dz");
        return intake.once("heat", "connection-application", f.get("reqNo"), "RLBZ", 5, no -> intake.serves("heat", address)
                ? new UtilityIntake.Outcome<>(done("受理成功", "bzbh", no), new UtilityIntake.Filed("heat",
                        "connection-application", f.get("reqNo"), f.get("ckbh"), no, address,
                        Map.of("grmj", f.get("grmj"), "ywgc", f.get("ywgc"))))
                : new UtilityIntake.Outcome<>(outOfArea(), null));
    }

    @PostMapping(path = "/heat/api/permit.do", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> permit(@RequestParam MultiValueMap<String, String> form) {
        Map<String, String> f;
        try {
            f = read(form, PERMIT);
            if (UnifiedSocialCreditCode.standard().check(f.get("jsdwdm")).isPresent()) {
                throw new BadParameter("jsdwdm");
            }
        } catch (BadParameter e) {
            return badParameter(e.getMessage());
        }
        String address = f.get("dz");
        return intake.once("heat", "construction-permit", f.get("reqNo"), "RLQZ", 5, no -> intake.serves("heat", address)
                ? new UtilityIntake.Outcome<>(done("登记成功", "djbh", no), new UtilityIntake.Filed("heat",
                        "construction-permit", f.get("reqNo"), f.get("xkzh"), no, address, Map.of("jzmj", f.get("jzmj"))))
                : new UtilityIntake.Outcome<>(outOfArea(), null));
    }

    private static Map<String, String> read(MultiValueMap<String, String> form, List<Rule> rules) throws BadParameter {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
        // Checked by HeatSignatureCheck before this point; not fields of the request.
        HeatSignatureCheck.SIGNATURE_PARAMETERS.forEach(fields::remove);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : fields.entrySet()) {
            if (rules.stream().noneMatch(r -> r.field().equals(e.getKey())) || e.getValue().size() != 1) {
                throw new BadParameter(e.getKey());
            }
            out.put(e.getKey(), e.getValue().get(0));
        }
        for (Rule r : rules) {
            String v = out.get(r.field());
            if (v == null ? r.required() : !v.matches(r.regex())) {
                throw new BadParameter(r.field());
            }
            if (v != null && r.regex().equals(DAY)) {
                try {
                    LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
                } catch (DateTimeParseException ex) {
                    throw new BadParameter(r.field());
                }
            }
        }
        return out;
    }

    private static Map<String, Object> done(String msg, String field, String no) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ret", 0);
        m.put("msg", msg);
        m.put(field, no);
        return m;
    }

    private static Map<String, Object> outOfArea() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ret", 301);
        m.put("msg", "该地址不在供热管网覆盖范围");
        return m;
    }

    private static Map<String, Object> badParameter(String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ret", 201);
        m.put("msg", "参数错误：" + Optional.ofNullable(field).orElse("form"));
        return m;
    }

    /** A parameter that breaks the form; the message is its name, never its value. */
    private static final class BadParameter extends Exception {
        BadParameter(String field) {
            super(field, null, false, false);
        }
    }
}
