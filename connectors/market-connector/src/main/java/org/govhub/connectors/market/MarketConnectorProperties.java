package org.govhub.connectors.market;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where market supervision's supervision system is, and the hub's credentials for it: {@code govhub.connectors.market.*}. */
@ConfigurationProperties("govhub.connectors.market")
public class MarketConnectorProperties extends AgencyEndpointProperties {

    /** The app code market supervision issued to the hub, sent as Authorization: APPCODE <code>. From the environment in production. */
    private String appCode;

    public MarketConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/market");
    }

    public String getAppCode() {
        return appCode;
    }

    public void setAppCode(String appCode) {
        this.appCode = appCode;
    }
}
