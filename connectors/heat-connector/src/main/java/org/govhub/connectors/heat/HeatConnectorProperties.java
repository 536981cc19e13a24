package org.govhub.connectors.heat;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the heating company's transfer endpoint is ({@code govhub.connectors.heat.*}). */
@ConfigurationProperties("govhub.connectors.heat")
public class HeatConnectorProperties extends AgencyEndpointProperties {

    public HeatConnectorProperties() {
        setBaseUrl("http://127.0.0.1:8090/heat");
    }
}
