package org.govhub.connectors.telecom;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the telecom operator's open platform is, and the hub's token there: {@code govhub.connectors.telecom.*}. */
@ConfigurationProperties("govhub.connectors.telecom")
public class TelecomConnectorProperties extends AgencyEndpointProperties {

    /** The access token the platform issued to the hub, sent as a bearer token; from the environment in production. */
    private String apiToken;

    public TelecomConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/telecom");
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }
}
