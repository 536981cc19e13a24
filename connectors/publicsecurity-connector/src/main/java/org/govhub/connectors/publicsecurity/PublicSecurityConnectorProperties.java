package org.govhub.connectors.publicsecurity;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the public security bureau's seal management system is, and the hub's credentials for it: {@code govhub.connectors.publicsecurity.*}. */
@ConfigurationProperties("govhub.connectors.publicsecurity")
public class PublicSecurityConnectorProperties extends AgencyEndpointProperties {

    /** HTTP Basic user name the bureau gave the hub. From the environment in production. */
    private String username;

    /** Its password. From the environment in production. */
    private String password;

    public PublicSecurityConnectorProperties() {
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
