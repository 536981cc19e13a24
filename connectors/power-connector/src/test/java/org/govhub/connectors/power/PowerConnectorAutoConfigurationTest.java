package org.govhub.connectors.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PowerConnectorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PowerConnectorAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.power.client-id=hub", "govhub.connectors.power.client-secret=test-power-secret");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PowerAccountTransferHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("power-sink-account-transfer");
            assertThat(route.queue()).isEqualTo(
                    "{{govhub.connectors.power.queue:agency.power.account-transfer.v1}}");
            assertThat(context.getBean(PowerConnectorProperties.class).getBaseUrl())
                    .isEqualTo("http://127.0.0.1:8090/power");
        });
    }

    @Test
    void bindsTheEndpointProperties() {
        runner.withPropertyValues("govhub.connectors.power.base-url=http://power.example:8080/api",
                        "govhub.connectors.power.read-timeout=3s")
                .run(context -> {
                    PowerConnectorProperties properties = context.getBean(PowerConnectorProperties.class);
                    assertThat(properties.getBaseUrl()).isEqualTo("http://power.example:8080/api");
                    assertThat(properties.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheCredentials() {
        runner.run(app -> {
            PowerConnectorProperties properties = app.getBean(PowerConnectorProperties.class);
            assertThat(properties.getClientId()).isEqualTo("hub");
            assertThat(properties.getClientSecret()).isEqualTo("test-power-secret");
            assertThat(properties.getTokenPath()).isEqualTo("/oauth/token");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PowerConnectorAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.power.client-id is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.power.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(PowerAccountTransferHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(PowerConnectorAutoConfiguration.class.getName());
    }
}
