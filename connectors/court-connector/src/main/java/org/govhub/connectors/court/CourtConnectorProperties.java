package org.govhub.connectors.court;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the court's enforcement system is, and the account it issued to the hub: {@code govhub.connectors.court.*}. */
@ConfigurationProperties("govhub.connectors.court")
public class CourtConnectorProperties extends AgencyEndpointProperties {

    /** HTTP Basic user name; from the environment in production. */
    private String username;
    /** HTTP Basic password; from the environment in production. */
    private String password;

    public CourtConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/court");
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
