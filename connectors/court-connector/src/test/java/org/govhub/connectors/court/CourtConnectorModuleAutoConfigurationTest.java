package org.govhub.connectors.court;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the court connector (M7): with its credentials, all its handlers and sink routes; without, none. */
class CourtConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    CourtConnectorModuleAutoConfigurationTest() {
        super("court", List.of(CourtConnectorAutoConfiguration.class),
                List.of("govhub.connectors.court.username=govhub",
                        "govhub.connectors.court.password=test-court-password"), "govhub.connectors.court.username");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(CourtAssistanceFeedbackHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("assistance-feedback");
    }
}
