package org.govhub.connectors.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** M6's {@code connection-application} command of the power connector, wired by its own auto-configuration. */
class PowerConnectionApplicationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PowerConnectionApplicationAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.power.client-id=hub","govhub.connectors.power.client-secret=test-power-secret");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PowerConnectionApplicationHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("power-sink-connection-application");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.power.queue:agency.power.connection-application.v1}}");
            assertThat(context.getBean(PowerConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/power");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PowerConnectionApplicationAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.power.client-id is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.power.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(PowerConnectionApplicationHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(PowerConnectionApplicationAutoConfiguration.class.getName());
    }
}
