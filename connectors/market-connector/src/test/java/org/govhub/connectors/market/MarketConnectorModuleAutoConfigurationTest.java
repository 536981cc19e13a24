package org.govhub.connectors.market;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the market connector (M2, M3 and M5): with its credentials, all its handlers and sink routes; without, none. */
class MarketConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    MarketConnectorModuleAutoConfigurationTest() {
        super("market", List.of(MarketConnectorAutoConfiguration.class,
                MarketKeySupervisionAutoConfiguration.class,
                MarketCreditRiskClassAutoConfiguration.class,
                MarketLicenceFilingAutoConfiguration.class,
                MarketDeregistrationNoticeAutoConfiguration.class),
                List.of("govhub.connectors.market.app-code=test-market-app-code"), "govhub.connectors.market.app-code");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(MarketApi.class,
                CreditRiskCodeLists.class,
                MarketKeySupervisionHandler.class,
                MarketCreditRiskClassHandler.class,
                MarketLicenceFilingHandler.class,
                MarketDeregistrationNoticeHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("key-supervision",
                "credit-risk-class",
                "licence-filing",
                "deregistration-notice");
    }
}
