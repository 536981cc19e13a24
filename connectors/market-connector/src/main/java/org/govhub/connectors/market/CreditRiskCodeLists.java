package org.govhub.connectors.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists of enterprise credit risk classes market supervision samples by, and the
 * 双随机 sampling ratio of each class: higher risk, higher ratio.
 *
 * <ul>
 *   <li>{@code GB-A-D}, national (国市监信发〔2022〕6号): A 低, B 一般, C 较高, D 高. Default ratios
 *       follow a published local band (A ≤ 5 %, B 5-20 %, C 21-60 %, D 61-100 %): 5, 20, 60, 100 %.</li>
 *   <li>{@code SD-A-E}, Shandong (2020): five classes, E the highest risk, none exempt
 *       ("不免抽"). Source of the ratios: unknown. Neither the county plan (高政发〔2021〕6号 Part
 *       15.3, 十五、(三), only says higher risk, higher ratio and frequency) nor any published Shandong
 *       document found (issue 4's search) gives per-class ratios; national reporting says each
 *       locality sets and adjusts them itself. So this list has no default ratios: choosing it
 *       requires every class's ratio under {@code ratios.SD-A-E.<class>}, or the hub does not start.</li>
 * </ul>
 */
public final class CreditRiskCodeLists {

    public static final String NATIONAL = "GB-A-D";
    public static final String SHANDONG = "SD-A-E";
    private static final java.util.List<String> SHANDONG_CLASSES = java.util.List.of("A", "B", "C", "D", "E");

    private final String codeList;
    private final Map<String, BigDecimal> ratios;

    private CreditRiskCodeLists(String codeList, Map<String, BigDecimal> ratios) {
        this.codeList = codeList;
        this.ratios = ratios;
    }

    /** The list configured, with its ratios (the defaults, overridden class by class). */
    public static CreditRiskCodeLists configured(MarketConnectorProperties.RiskClasses config) {
        Map<String, BigDecimal> ratios = new LinkedHashMap<>(defaults(config.getCodeList()));
        Map<String, BigDecimal> overrides = config.getRatios().getOrDefault(config.getCodeList(), Map.of());
        if (config.getCodeList().equals(SHANDONG)) {
            java.util.List<String> missing = SHANDONG_CLASSES.stream().filter(c -> !overrides.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("govhub.connectors.market.risk-classes.ratios." + SHANDONG + "."
                        + String.join(", ", missing) + ": must be set: the source of Shandong's per-class sampling"
                        + " ratios is unknown, so the hub has no default for them (set each class A to E, a fraction"
                        + " above 0 and at most 1, from the county's own rules)");
            }
            // The list's classes; every one of them is given its configured ratio below.
            SHANDONG_CLASSES.forEach(riskClass -> ratios.put(riskClass, null));
        }
        overrides.forEach((riskClass, ratio) -> {
            if (!ratios.containsKey(riskClass)) {
                throw new IllegalStateException("govhub.connectors.market.risk-classes.ratios." + config.getCodeList()
                        + " names class " + riskClass + ", which the code list does not have");
            }
            if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalStateException("govhub.connectors.market.risk-classes.ratios." + config.getCodeList()
                        + "." + riskClass + " must be a fraction above 0 and at most 1");
            }
            ratios.put(riskClass, ratio);
        });
        return new CreditRiskCodeLists(config.getCodeList(), Map.copyOf(ratios));
    }

    private static Map<String, BigDecimal> defaults(String codeList) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        switch (codeList) {
            case NATIONAL -> {
                m.put("A", new BigDecimal("0.05"));
                m.put("B", new BigDecimal("0.20"));
                m.put("C", new BigDecimal("0.60"));
                m.put("D", new BigDecimal("1.00"));
            }
            case SHANDONG -> {
                // No defaults: the source of Shandong's ratios is unknown (see the class comment).
            }
            default -> throw new IllegalStateException("govhub.connectors.market.risk-classes.code-list must be "
                    + NATIONAL + " or " + SHANDONG + ", not " + codeList);
        }
        return m;
    }

    public String codeList() {
        return codeList;
    }

    /** The sampling ratio of a class, two decimal places; empty if the list has no such class. */
    public Optional<String> ratio(String riskClass) {
        return Optional.ofNullable(ratios.get(riskClass)).map(r -> r.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    public java.util.Set<String> classes() {
        return new java.util.TreeSet<>(ratios.keySet());
    }
}
