package org.govhub.connectors.publicsecurity;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where publicsecurity's system is, and the hub's credential to it: {@code govhub.connectors.publicsecurity.*}. */
@ConfigurationProperties("govhub.connectors.publicsecurity")
public class PublicsecurityConnectorProperties extends AgencyEndpointProperties {

    /** HTTP Basic user name; from the environment in production. */
    private String username;

    /** HTTP Basic password; from the environment in production. */
    private String password;

    public PublicsecurityConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/publicsecurity");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
