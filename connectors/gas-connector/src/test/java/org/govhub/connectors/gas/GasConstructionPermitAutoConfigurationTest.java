package org.govhub.connectors.gas;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** M6's {@code construction-permit} command of the gas connector, wired by its own auto-configuration. */
class GasConstructionPermitAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, GasConstructionPermitAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.gas.username=hub","govhub.connectors.gas.password=test-gas-password");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(GasConstructionPermitHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("gas-sink-construction-permit");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.gas.queue:agency.gas.construction-permit.v1}}");
            assertThat(context.getBean(GasConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/gas");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, GasConstructionPermitAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.gas.username is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.gas.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(GasConstructionPermitHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(GasConstructionPermitAutoConfiguration.class.getName());
    }
}
