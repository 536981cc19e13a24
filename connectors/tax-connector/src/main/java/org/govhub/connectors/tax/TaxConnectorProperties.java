package org.govhub.connectors.tax;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the tax bureau's electronic tax system is, and the hub's credentials for it: {@code govhub.connectors.tax.*}. */
@ConfigurationProperties("govhub.connectors.tax")
public class TaxConnectorProperties extends AgencyEndpointProperties {

    /** The application key the tax bureau issued to the hub, sent as X-Tax-App-Key. From the environment in production. */
    private String appKey;

    public TaxConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/tax");
    }

    public String getAppKey() {
        return appKey;
    }

    public void setAppKey(String appKey) {
        this.appKey = appKey;
    }
}
