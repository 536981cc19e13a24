package org.govhub.connectors.credit;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the public credit platform is, and the hub's token to it: {@code govhub.connectors.credit.*}. */
@ConfigurationProperties("govhub.connectors.credit")
public class CreditConnectorProperties extends AgencyEndpointProperties {

    /** The long-lived bearer token the platform issued to the hub; from the environment in production. */
    private String apiToken;

    public CreditConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/credit");
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }
}
