package org.govhub.connectors.approval;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the approval bureau's system is, and the hub's token to it: {@code govhub.connectors.approval.*}. */
@ConfigurationProperties("govhub.connectors.approval")
public class ApprovalConnectorProperties extends AgencyEndpointProperties {

    /** The bearer token the bureau issued to the hub; from the environment in production. */
    private String apiToken;

    public ApprovalConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/approval");
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }
}
