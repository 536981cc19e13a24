package org.govhub.connectors.realestate;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the realestate connector (M1, M7 and M8): with its credentials, all its handlers and sink routes; without, none. */
class RealestateConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    RealestateConnectorModuleAutoConfigurationTest() {
        super("realestate", List.of(RealestateConnectorAutoConfiguration.class,
                RealestateUnitBasicsQueryAutoConfiguration.class,
                RealestateJudicialTransferConnectorAutoConfiguration.class,
                RealestateNewHousingConnectorAutoConfiguration.class),
                List.of("govhub.connectors.realestate.api-token=test-realestate-token"), "govhub.connectors.realestate.api-token");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(RealestateTransferOutcomeHandler.class,
                RealestateUnitBasicsQuery.class,
                RealestateJudicialTransferRegistrationHandler.class,
                RealestateJudicialTransferCancellationHandler.class,
                RealestateSaleContractFilingHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("transfer-outcome",
                "judicial-transfer-registration",
                "judicial-transfer-cancellation",
                "sale-contract-filing");
    }
}
