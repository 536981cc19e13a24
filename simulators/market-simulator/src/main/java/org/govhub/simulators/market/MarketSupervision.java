package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * Market supervision's state for M2 and M3, per enterprise of its directory (the enterprise
 * seed): whether it is on the key-supervision list and for which finding, the licences filed,
 * and its credit risk class with the 双随机 sampling ratio applied. Every answer to a
 * {@code bizId} is kept, so a repeat gets the first answer. Synchronized.
 */
@Component
public class MarketSupervision implements ResettableState {

    /** What market supervision holds about one enterprise. */
    public record Supervised(String entCode, String keySupervisionRecord, String keySupervisionFinding,
                             String anomalyType, List<String> licencesFiled, String codeList, String riskClass,
                             String samplingRatio, Integer creditVersion) {
    }

    private final GaotangEnterprises enterprises;
    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final Map<String, Supervised> byCode = new LinkedHashMap<>();
    private final Map<String, Integer> sequences = new HashMap<>();

    public MarketSupervision(GaotangEnterprises enterprises) {
        this.enterprises = enterprises;
        reset();
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        byCode.clear();
        sequences.clear();
        enterprises.all().stream().filter(GaotangEnterprises.Enterprise::marketDirectory).forEach(e ->
                byCode.put(e.uscc(), new Supervised(e.uscc(), null, null, null, List.of(), null, null, null, null)));
    }

    synchronized Map<String, Object> keySupervision(JsonNode r) {
        return once(r, () -> {
            Supervised s = byCode.get(r.path("entCode").asText());
            if (s == null) {
                return error(r, "NOT_IN_DIRECTORY", "检查对象名录库中无该企业", Map.of());
            }
            if (s.keySupervisionRecord() != null) {
                return error(r, "ALREADY_LISTED", "已在重点监管名单", Map.of("recordId", s.keySupervisionRecord()));
            }
            String record = next("ZDJG");
            byCode.put(s.entCode(), new Supervised(s.entCode(), record, r.path("findingNo").asText(),
                    r.path("anomalyType").asText(), s.licencesFiled(), s.codeList(), s.riskClass(), s.samplingRatio(),
                    s.creditVersion()));
            return success(r, Map.of("recordId", record));
        });
    }

    synchronized Map<String, Object> licenceFiling(JsonNode r) {
        return once(r, () -> {
            Supervised s = byCode.get(r.path("entCode").asText());
            if (s == null) {
                return error(r, "NOT_IN_DIRECTORY", "检查对象名录库中无该企业", Map.of());
            }
            List<String> filed = new ArrayList<>(s.licencesFiled());
            filed.add(r.path("licenceNo").asText());
            byCode.put(s.entCode(), new Supervised(s.entCode(), s.keySupervisionRecord(), s.keySupervisionFinding(),
                    s.anomalyType(), List.copyOf(filed), s.codeList(), s.riskClass(), s.samplingRatio(), s.creditVersion()));
            return success(r, Map.of("recordId", next("XKBA")));
        });
    }

    synchronized Map<String, Object> creditRiskClass(JsonNode r) {
        return once(r, () -> {
            Supervised s = byCode.get(r.path("entCode").asText());
            if (s == null) {
                return error(r, "NOT_IN_DIRECTORY", "检查对象名录库中无该企业", Map.of());
            }
            int version = r.path("version").asInt();
            if (s.creditVersion() != null && s.creditVersion() >= version) {
                return error(r, "STALE_VERSION", "已有相同或更新版本", Map.of("version", s.creditVersion()));
            }
            String ratio = r.path("samplingRatio").asText();
            byCode.put(s.entCode(), new Supervised(s.entCode(), s.keySupervisionRecord(), s.keySupervisionFinding(),
                    s.anomalyType(), s.licencesFiled(), r.path("codeList").asText(), r.path("riskClass").asText(), ratio,
                    version));
            return success(r, Map.of("recordId", next("XYFL"), "samplingRatio", ratio, "version", version));
        });
    }

    private Map<String, Object> once(JsonNode r, Supplier<Map<String, Object>> work) {
        return answers.computeIfAbsent(r.path("bizId").asText(), id -> work.get());
    }

    private String next(String kind) {
        int n = sequences.merge(kind, 1, Integer::sum);
        return "SCJG-" + kind + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-" + String.format("%06d", n);
    }

    private static Map<String, Object> success(JsonNode r, Map<String, Object> data) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bizId", r.path("bizId").asText());
        d.putAll(data);
        return Map.of("success", true, "data", d);
    }

    private static Map<String, Object> error(JsonNode r, String code, String msg, Map<String, Object> data) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bizId", r.path("bizId").asText());
        d.putAll(data);
        return Map.of("success", false, "errorCode", code, "errorMsg", msg, "data", d);
    }

    public synchronized List<Supervised> supervised() {
        return List.copyOf(byCode.values());
    }

    public synchronized java.util.Optional<Supervised> supervised(String entCode) {
        return java.util.Optional.ofNullable(byCode.get(entCode));
    }
}
