package org.govhub.connectors.civil;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the civil connector (M8): with its credentials, all its handlers and sink routes; without, none. */
class CivilConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    CivilConnectorModuleAutoConfigurationTest() {
        super("civil", List.of(CivilConnectorAutoConfiguration.class),
                List.of("govhub.connectors.civil.api-token=test-civil-token"), "govhub.connectors.civil.api-token");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(CivilMarriageStatusRequestHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("marriage-status-request");
    }
}
