package org.govhub.connectors.gas;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the gas company's transfer service is ({@code govhub.connectors.gas.*}). */
@ConfigurationProperties("govhub.connectors.gas")
public class GasConnectorProperties extends AgencyEndpointProperties {

    /** The user name the gas company gave the hub, for HTTP Basic. */
    private String username;
    /** Its password; from the environment in production, never from a committed file. */
    private String password;

    public GasConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/gas");
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
