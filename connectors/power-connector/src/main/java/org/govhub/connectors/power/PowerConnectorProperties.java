package org.govhub.connectors.power;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the power utility's account API is: {@code govhub.connectors.power.*}. */
@ConfigurationProperties("govhub.connectors.power")
public class PowerConnectorProperties extends AgencyEndpointProperties {

    /** The token endpoint, relative to base-url or absolute. */
    private String tokenPath = "/oauth/token";
    /** The hub's OAuth2 client id at the utility. */
    private String clientId;
    /** Its secret; from the environment in production, never from a committed file. */
    private String clientSecret;

    public PowerConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/power");
    }

    public String getTokenPath() {
        return tokenPath;
    }

    public void setTokenPath(String tokenPath) {
        this.tokenPath = tokenPath;
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
}
