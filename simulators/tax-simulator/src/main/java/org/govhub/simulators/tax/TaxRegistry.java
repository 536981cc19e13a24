package org.govhub.simulators.tax;

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
 * The tax bureau's taxpayer register, seeded from {@link EnterpriseSeed}: taxpayers with their
 * registration sequence number and unpaid tax, and the legal representatives on the list of
 * serious tax-law violators (重大税收违法失信主体). Every answer to a 流水号 ({@code lsh}) is
 * kept, so a repeat gets the first answer and changes nothing.
 */
@Component
public class TaxRegistry implements ResettableState {

    /** One taxpayer as the register holds it. */
    public record Taxpayer(String nsrsbh, String nsrmc, String djxh, BigDecimal arrears, boolean invoices,
                           String status) {
    }

    private final EnterpriseSeed seed;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Taxpayer> taxpayers = new LinkedHashMap<>();
    private final Set<String> blacklisted = new HashSet<>();
    private final Map<String, ObjectNode> answers = new HashMap<>();
    private int sequence;

    public TaxRegistry(EnterpriseSeed seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public synchronized void reset() {
        taxpayers.clear();
        blacklisted.clear();
        answers.clear();
        sequence = 0;
        JsonNode tax = seed.agency("tax");
        tax.path("blacklistedRepresentatives").forEach(id -> blacklisted.add(id.asText()));
        tax.path("taxpayers").forEach(t -> taxpayers.put(t.path("uscc").asText(), new Taxpayer(t.path("uscc").asText(),
                "", djxh(), new BigDecimal(t.path("arrears").asText()), true, "ACTIVE")));
    }

    /** 新办纳税人登记. */
    synchronized ObjectNode register(JsonNode r) {
        return answers.computeIfAbsent(r.path("lsh").asText(), lsh -> {
            String nsrsbh = r.path("nsrsbh").asText();
            if (blacklisted.contains(r.path("fddbrsfzjhm").asText())) {
                return answer("21", "法定代表人为重大税收违法失信主体，不予办理");
            }
            Taxpayer existing = taxpayers.get(nsrsbh);
            if (existing != null && "ACTIVE".equals(existing.status())) {
                return answer("22", "该纳税人已办理登记");
            }
            boolean invoices = "Y".equals(r.path("sqfp").asText());
            Taxpayer t = new Taxpayer(nsrsbh, r.path("nsrmc").asText(), djxh(), BigDecimal.ZERO, invoices, "ACTIVE");
            taxpayers.put(nsrsbh, t);
            ObjectNode a = answer("00", "登记成功");
            a.putObject("data").put("nsrsbh", nsrsbh).put("djxh", t.djxh()).put("fpsl", invoices ? "Y" : "N");
            return a;
        });
    }

    /** 清税注销. */
    synchronized ObjectNode deregister(JsonNode r) {
        return answers.computeIfAbsent(r.path("lsh").asText(), lsh -> {
            String nsrsbh = r.path("nsrsbh").asText();
            Taxpayer t = taxpayers.get(nsrsbh);
            if (t == null || !"ACTIVE".equals(t.status())) {
                return answer("32", "无该纳税人登记信息");
            }
            if (t.arrears().signum() > 0) {
                return answer("31", "存在未结清税款，不予清税");
            }
            taxpayers.put(nsrsbh, new Taxpayer(t.nsrsbh(), t.nsrmc(), t.djxh(), t.arrears(), false, "DEREGISTERED"));
            ObjectNode a = answer("00", "清税完毕，已注销");
            a.putObject("data").put("qsbh", String.format("QS3715262026%06d", ++sequence));
            return a;
        });
    }

    public synchronized List<Taxpayer> taxpayers() {
        return List.copyOf(taxpayers.values());
    }

    private ObjectNode answer(String code, String msg) {
        return mapper.createObjectNode().put("code", code).put("msg", msg);
    }

    private String djxh() {
        return String.format("1011371526%010d", ++sequence);
    }
}
