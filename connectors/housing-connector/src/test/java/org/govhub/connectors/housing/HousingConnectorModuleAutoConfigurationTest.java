package org.govhub.connectors.housing;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the housing connector (M8): with its credentials, all its handlers and sink routes; without, none. */
class HousingConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    HousingConnectorModuleAutoConfigurationTest() {
        super("housing", List.of(HousingConnectorAutoConfiguration.class),
                List.of("govhub.connectors.housing.api-key=test-housing-key"), "govhub.connectors.housing.api-key");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(HousingSaleContractFilingRequestHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("sale-contract-filing-request");
    }
}
