package org.govhub.connectors.water;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the water utility's 水过户 interface is, and the hub's key to it: {@code govhub.connectors.water.*}. */
@ConfigurationProperties("govhub.connectors.water")
public class WaterConnectorProperties extends AgencyEndpointProperties {

    /** The key the utility issued to the hub, sent as {@code X-Api-Key}; from the environment in production. */
    private String apiKey;

    public WaterConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/water");
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
}
