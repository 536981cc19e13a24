package org.govhub.connectors.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** M6's {@code construction-permit} command of the power connector, wired by its own auto-configuration. */
class PowerConstructionPermitAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PowerConstructionPermitAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.power.client-id=hub","govhub.connectors.power.client-secret=test-power-secret");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PowerConstructionPermitHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("power-sink-construction-permit");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.power.queue:agency.power.construction-permit.v1}}");
            assertThat(context.getBean(PowerConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/power");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PowerConstructionPermitAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.power.client-id is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.power.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(PowerConstructionPermitHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(PowerConstructionPermitAutoConfiguration.class.getName());
    }
}
