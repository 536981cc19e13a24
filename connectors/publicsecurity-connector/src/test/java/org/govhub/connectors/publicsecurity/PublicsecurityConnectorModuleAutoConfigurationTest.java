package org.govhub.connectors.publicsecurity;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the publicsecurity connector (M4, M5 and M8): with its credentials, all its handlers and sink routes; without, none. */
class PublicsecurityConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    PublicsecurityConnectorModuleAutoConfigurationTest() {
        super("publicsecurity", List.of(PublicSecuritySealEngravingAutoConfiguration.class,
                PublicSecuritySealCancellationAutoConfiguration.class,
                PublicsecurityConnectorAutoConfiguration.class),
                List.of("govhub.connectors.publicsecurity.username=govhub",
                        "govhub.connectors.publicsecurity.password=test-publicsecurity-password"), "govhub.connectors.publicsecurity.username");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(PublicSecuritySealEngravingHandler.class,
                PublicSecuritySealCancellationHandler.class,
                PublicsecurityHouseholdRegistrationRequestHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("seal-engraving",
                "seal-cancellation",
                "household-registration-request");
    }
}
