package org.govhub.connectors.housing;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where housing's system is, and the hub's credential to it: {@code govhub.connectors.housing.*}. */
@ConfigurationProperties("govhub.connectors.housing")
public class HousingConnectorProperties extends AgencyEndpointProperties {

    /** The key the bureau issued to the hub, sent as {@code X-Housing-Key}; from the environment in production. */
    private String apiKey;

    public HousingConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/housing");
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
}
