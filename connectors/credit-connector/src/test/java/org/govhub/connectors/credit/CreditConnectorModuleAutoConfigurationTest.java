package org.govhub.connectors.credit;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the credit connector (M2 and M3): with its credentials, all its handlers and sink routes; without, none. */
class CreditConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    CreditConnectorModuleAutoConfigurationTest() {
        super("credit", List.of(CreditRecordAutoConfiguration.class),
                List.of("govhub.connectors.credit.api-token=test-credit-token"), "govhub.connectors.credit.api-token");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(CreditRecordHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("credit-record");
    }
}
