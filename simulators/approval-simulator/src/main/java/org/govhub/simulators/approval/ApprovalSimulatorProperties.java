package org.govhub.simulators.approval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the simulated registration system reaches the hub, and as which client. */
@ConfigurationProperties("govhub.simulators.approval")
public class ApprovalSimulatorProperties {

    /** The hub's base URL: events go to /api/v1/events, consents to /api/v1/consents. */
    private String hubUrl = "http://127.0.0.1:8080";
    /** Where the system gets its access token: the hub's embedded issuer, or the Keycloak realm's token endpoint. */
    private String hubTokenUrl = "http://127.0.0.1:8080/oauth2/token";
    /** Its OAuth2 client at that issuer. */
    private String clientId = "approval";
    /** Its secret: from the environment (GOVHUB_CLIENT_SECRET_APPROVAL), never from a committed file. */
    private String clientSecret;
    private Duration hubConnectTimeout = Duration.ofSeconds(2);
    private Duration hubReadTimeout = Duration.ofSeconds(5);

    public String getHubUrl() {
        return hubUrl;
    }

    public void setHubUrl(String hubUrl) {
        this.hubUrl = hubUrl;
    }

    public String getHubTokenUrl() {
        return hubTokenUrl;
    }

    public void setHubTokenUrl(String hubTokenUrl) {
        this.hubTokenUrl = hubTokenUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public Duration getHubConnectTimeout() {
        return hubConnectTimeout;
    }

    public void setHubConnectTimeout(Duration hubConnectTimeout) {
        this.hubConnectTimeout = hubConnectTimeout;
    }

    public Duration getHubReadTimeout() {
        return hubReadTimeout;
    }

    public void setHubReadTimeout(Duration hubReadTimeout) {
        this.hubReadTimeout = hubReadTimeout;
    }
}
