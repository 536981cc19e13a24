package org.govhub.connectors.drainage;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the drainage service's interface is, and the hub's login there: {@code govhub.connectors.drainage.*}. */
@ConfigurationProperties("govhub.connectors.drainage")
public class DrainageConnectorProperties extends AgencyEndpointProperties {

    /** HTTP Basic user name the drainage service gave the hub. */
    private String username;
    /** Its password; from the environment in production. */
    private String password;

    public DrainageConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/drainage");
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
