package org.govhub.connectors.tax;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the tax bureau's collection system is, and the hub's app key to it: {@code govhub.connectors.tax.*}. */
@ConfigurationProperties("govhub.connectors.tax")
public class TaxLevyConnectorProperties extends AgencyEndpointProperties {

    /** The app key the bureau issued to the hub, sent as {@code X-Tax-App-Key}; from the environment in production. */
    private String appKey;

    public TaxLevyConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/tax");
    }

    public String getAppKey() {
        return appKey;
    }

    public void setAppKey(String appKey) {
        this.appKey = appKey;
    }
}
