package org.govhub.connectors.hrss;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the hrss connector (M4 and M5): with its credentials, all its handlers and sink routes; without, none. */
class HrssConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    HrssConnectorModuleAutoConfigurationTest() {
        super("hrss", List.of(HrssSocialInsuranceRegistrationAutoConfiguration.class,
                HrssSocialInsuranceCancellationAutoConfiguration.class),
                List.of("govhub.connectors.hrss.api-token=test-hrss-token"), "govhub.connectors.hrss.api-token");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(HrssSocialInsuranceRegistrationHandler.class,
                HrssSocialInsuranceCancellationHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("social-insurance-registration",
                "social-insurance-cancellation");
    }
}
