package org.govhub.connectors.heat;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the heating company's transfer endpoint is ({@code govhub.connectors.heat.*}). */
@ConfigurationProperties("govhub.connectors.heat")
public class HeatConnectorProperties extends AgencyEndpointProperties {

    /** The app id the heating company registered for the hub. */
    private String appId;
    /** The shared secret the requests are signed with; from the environment in production. */
    private String appSecret;

    public HeatConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/heat");
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }
}
