package org.govhub.connectors.civil;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where civil's system is, and the hub's credential to it: {@code govhub.connectors.civil.*}. */
@ConfigurationProperties("govhub.connectors.civil")
public class CivilConnectorProperties extends AgencyEndpointProperties {

    /** The token the bureau issued to the hub, sent as a bearer token; from the environment in production. */
    private String apiToken;

    public CivilConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/civil");
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }
}
