package org.govhub.connectors.power;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the power utility's account API is: {@code govhub.connectors.power.*}. */
@ConfigurationProperties("govhub.connectors.power")
public class PowerConnectorProperties extends AgencyEndpointProperties {

    public PowerConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/power");
    }
}
