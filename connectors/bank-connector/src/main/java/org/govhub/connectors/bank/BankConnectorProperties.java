package org.govhub.connectors.bank;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the banks' enterprise-account interface is, and the hub's credentials for it: {@code govhub.connectors.bank.*}. */
@ConfigurationProperties("govhub.connectors.bank")
public class BankConnectorProperties extends AgencyEndpointProperties {

    /** The client name the bank knows the hub by, sent as X-Bank-Client. From the environment in production. */
    private String clientId;

    /** The secret the bank gave the hub, the key of the request signature. From the environment in production. */
    private String clientSecret;

    public BankConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/bank");
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
