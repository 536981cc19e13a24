package org.govhub.connectors.tax;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the tax connector (M4, M5, M7 and M8): with its credentials, all its handlers and sink routes; without, none. */
class TaxConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    TaxConnectorModuleAutoConfigurationTest() {
        super("tax", List.of(TaxTaxpayerRegistrationAutoConfiguration.class,
                TaxTaxpayerDeregistrationAutoConfiguration.class,
                TaxJudicialLevyConnectorAutoConfiguration.class,
                TaxNewHousingConnectorAutoConfiguration.class),
                List.of("govhub.connectors.tax.app-key=test-tax-app-key"), "govhub.connectors.tax.app-key");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(TaxTaxpayerRegistrationHandler.class,
                TaxTaxpayerDeregistrationHandler.class,
                TaxDeedTaxLevyHandler.class,
                TaxLevyCancellationHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("taxpayer-registration",
                "taxpayer-deregistration",
                "deed-tax-levy",
                "deed-tax-levy-cancellation",
                "sale-contract-filing",
                "household-registration",
                "marriage-status");
    }
}
