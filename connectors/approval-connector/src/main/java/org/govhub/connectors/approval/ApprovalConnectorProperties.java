package org.govhub.connectors.approval;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the approval bureau's registration system (一窗通) is, and the hub's credentials for it: {@code govhub.connectors.approval.*}. */
@ConfigurationProperties("govhub.connectors.approval")
public class ApprovalConnectorProperties extends AgencyEndpointProperties {

    /** The access token the registration system issued to the hub, sent as a bearer token. From the environment in production. */
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
