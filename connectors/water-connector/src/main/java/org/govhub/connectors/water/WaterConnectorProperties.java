package org.govhub.connectors.water;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the water utility's 水过户 interface is: {@code govhub.connectors.water.*}. */
@ConfigurationProperties("govhub.connectors.water")
public class WaterConnectorProperties extends AgencyEndpointProperties {

    public WaterConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/water");
    }
}
