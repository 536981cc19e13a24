package org.govhub.connectors.sms;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the SMS gateway is: {@code govhub.connectors.sms.base-url}, timeouts, {@code enabled}. */
@ConfigurationProperties("govhub.connectors.sms")
public class SmsConnectorProperties extends AgencyEndpointProperties {

    public SmsConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/sms");
    }
}
