package org.govhub.connectors.realestate;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the real-estate registration system is: {@code govhub.connectors.realestate.base-url}, timeouts, {@code enabled}. */
@ConfigurationProperties("govhub.connectors.realestate")
public class RealestateConnectorProperties extends AgencyEndpointProperties {

    /** The access token the registration centre issued to the hub, sent as a bearer token; from the environment in production. */
    private String apiToken;

    public RealestateConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/realestate");
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }
}
