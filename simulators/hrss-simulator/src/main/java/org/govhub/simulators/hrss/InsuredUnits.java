package org.govhub.simulators.hrss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
 * The social-insurance agency's insured units, seeded from {@link EnterpriseSeed}: each unit's
 * insurance number and unpaid contributions, and the persons whose identity the national
 * insured-person database cannot verify. Every answer to a {@code serial_no} is kept.
 */
@Component
public class InsuredUnits implements ResettableState {

    /** One insured unit. */
    public record Unit(String unitCode, String unitName, String unitInsuranceNo, int staffCount, BigDecimal arrears,
                       String status) {
    }

    private final EnterpriseSeed seed;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Set<String> unverified = new HashSet<>();
    private final Map<String, ObjectNode> answers = new HashMap<>();
    private int sequence;

    public InsuredUnits(EnterpriseSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        units.clear();
        unverified.clear();
        answers.clear();
        sequence = 0;
        JsonNode hrss = seed.agency("hrss");
        hrss.path("unverifiedPersons").forEach(p -> unverified.add(p.asText()));
        hrss.path("units").forEach(u -> units.put(u.path("uscc").asText(), new Unit(u.path("uscc").asText(), "",
                u.path("unitInsuranceNo").asText(), 0, new BigDecimal(u.path("arrears").asText()), "INSURED")));
    }

    synchronized ObjectNode register(JsonNode r) {
        return answers.computeIfAbsent(r.path("serial_no").asText(), s -> {
            String code = r.path("unit_code").asText();
            if (unverified.contains(r.path("legal_id_no").asText())) {
                return answer(1001, "法定代表人身份信息核验未通过");
            }
            Unit existing = units.get(code);
            if (existing != null && "INSURED".equals(existing.status())) {
                return answer(1002, "单位已参保登记");
            }
            Unit u = new Unit(code, r.path("unit_name").asText(), String.format("371526%08d", 900 + ++sequence),
                    r.path("staff_count").asInt(0), BigDecimal.ZERO, "INSURED");
            units.put(code, u);
            ObjectNode a = answer(0, "参保登记成功");
            a.putObject("data").put("unit_insurance_no", u.unitInsuranceNo());
            return a;
        });
    }

    synchronized ObjectNode cancel(JsonNode r) {
        return answers.computeIfAbsent(r.path("serial_no").asText(), s -> {
            String code = r.path("unit_code").asText();
            Unit u = units.get(code);
            if (u == null || !"INSURED".equals(u.status())) {
                return answer(2002, "无该单位参保登记");
            }
            if (u.arrears().signum() > 0) {
                return answer(2001, "单位存在欠缴社会保险费");
            }
            units.put(code, new Unit(code, u.unitName(), u.unitInsuranceNo(), u.staffCount(), u.arrears(), "CANCELLED"));
            ObjectNode a = answer(0, "注销成功");
            a.putObject("data").put("cancel_no", String.format("ZX3715262026%04d", ++sequence));
            return a;
        });
    }

    public synchronized List<Unit> units() {
        return List.copyOf(units.values());
    }

    private ObjectNode answer(int ret, String msg) {
        return mapper.createObjectNode().put("ret", ret).put("msg", msg);
    }
}
