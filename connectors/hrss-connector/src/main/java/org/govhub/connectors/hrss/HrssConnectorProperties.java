package org.govhub.connectors.hrss;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the social-insurance agency's system is, and the hub's credentials for it: {@code govhub.connectors.hrss.*}. */
@ConfigurationProperties("govhub.connectors.hrss")
public class HrssConnectorProperties extends AgencyEndpointProperties {

    /** The access token the agency issued to the hub, sent as a bearer token. From the environment in production. */
    private String apiToken;

    public HrssConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/hrss");
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }
}
