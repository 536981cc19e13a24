package org.govhub.connectors.bank;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the bank connector (M4 and M5): with its credentials, all its handlers and sink routes; without, none. */
class BankConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    BankConnectorModuleAutoConfigurationTest() {
        super("bank", List.of(BankAccountOpeningAutoConfiguration.class,
                BankAccountClosureAutoConfiguration.class),
                List.of("govhub.connectors.bank.client-id=govhub",
                        "govhub.connectors.bank.client-secret=test-bank-secret"), "govhub.connectors.bank.client-id");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(BankAccountOpeningHandler.class,
                BankAccountClosureHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("account-opening",
                "account-closure");
    }
}
