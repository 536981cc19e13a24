package org.govhub.connectors.gas;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the gas company's transfer service is ({@code govhub.connectors.gas.*}). */
@ConfigurationProperties("govhub.connectors.gas")
public class GasConnectorProperties extends AgencyEndpointProperties {

    public GasConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/gas");
    }
}
