package org.govhub.simulators.realestate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the simulated registry pushes its events, and how long it waits for the hub. */
@ConfigurationProperties("govhub.simulators.realestate")
public class RealestateSimulatorProperties {

    /** The hub's CloudEvents intake. */
    private String hubEventsUrl = "http://127.0.0.1:8080/api/v1/events";
    /** Where the registry gets its access token: the hub's embedded issuer, or the Keycloak realm's token endpoint. */
    private String hubTokenUrl = "http://127.0.0.1:8080/oauth2/token";
    /** The registry's OAuth2 client at that issuer. */
    private String clientId = "realestate";
    /** Its secret: from the environment, never from a committed file. */
    private String clientSecret;
    private Duration hubConnectTimeout = Duration.ofSeconds(2);
    /** Past it the push counts as failed; the registration itself stands. */
    private Duration hubReadTimeout = Duration.ofSeconds(5);

    public String getHubEventsUrl() {
        return hubEventsUrl;
    }

    public void setHubEventsUrl(String hubEventsUrl) {
        this.hubEventsUrl = hubEventsUrl;
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
