package org.govhub.connectors.sms;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the SMS gateway is: {@code govhub.connectors.sms.base-url}, timeouts, {@code enabled}. */
@ConfigurationProperties("govhub.connectors.sms")
public class SmsConnectorProperties extends AgencyEndpointProperties {

    /** The access key id the SMS gateway issued to the hub. */
    private String accessKeyId;
    /** Its secret, which signs each request; from the environment in production. */
    private String accessKeySecret;

    public SmsConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/sms");
    }

    public String getAccessKeyId() {
        return accessKeyId;
    }

    public void setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    public String getAccessKeySecret() {
        return accessKeySecret;
    }

    public void setAccessKeySecret(String accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
    }
}
