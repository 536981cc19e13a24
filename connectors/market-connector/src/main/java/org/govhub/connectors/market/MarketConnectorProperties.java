package org.govhub.connectors.market;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where market supervision's system is, the hub's app code, and the credit risk code list: {@code govhub.connectors.market.*}. */
@ConfigurationProperties("govhub.connectors.market")
public class MarketConnectorProperties extends AgencyEndpointProperties {

    /** The app code market supervision issued to the hub, sent as {@code Authorization: APPCODE <code>}. */
    private String appCode;

    /** The credit risk classes and the 双随机 sampling ratio of each (M3). */
    private RiskClasses riskClasses = new RiskClasses();

    public MarketConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/market");
    }

    public String getAppCode() {
        return appCode;
    }

    public void setAppCode(String appCode) {
        this.appCode = appCode;
    }

    public RiskClasses getRiskClasses() {
        return riskClasses;
    }

    public void setRiskClasses(RiskClasses riskClasses) {
        this.riskClasses = riskClasses;
    }

    /**
     * Which code list of credit risk classes is in force, and the sampling ratio of each class
     * (a fraction: 0.05 is 5 %). {@code GB-A-D}: the national four classes (国市监信发〔2022〕6号);
     * {@code SD-A-E}: Shandong's five (2020). Each list's ratios may be overridden.
     */
    public static class RiskClasses {

        /** GB-A-D or SD-A-E. */
        private String codeList = CreditRiskCodeLists.NATIONAL;

        /** Ratios by code list and class, replacing the defaults of {@link CreditRiskCodeLists}. */
        private Map<String, Map<String, BigDecimal>> ratios = new LinkedHashMap<>();

        public String getCodeList() {
            return codeList;
        }

        public void setCodeList(String codeList) {
            this.codeList = codeList;
        }

        public Map<String, Map<String, BigDecimal>> getRatios() {
            return ratios;
        }

        public void setRatios(Map<String, Map<String, BigDecimal>> ratios) {
            this.ratios = ratios;
        }
    }
}
