package org.govhub.connectors.gas;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GasConnectorAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, GasConnectorAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.gas.username=hub", "govhub.connectors.gas.password=test-gas-password");

    @Test
    void registersTheSinkRouteOnTheGasQueue() {
        context.run(c -> {
            SinkConnectorRoute route = c.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("gas-sink-account-transfer");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.gas.queue:agency.gas.account-transfer.v1}}");
            assertThat(c).hasSingleBean(GasAccountTransferHandler.class);
            assertThat(c.getBean(GasConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/gas");
        });
    }

    @Test
    void bindsTheEndpointFromConfiguration() {
        context.withPropertyValues("govhub.connectors.gas.base-url=http://gas.example:8080/gas",
                        "govhub.connectors.gas.read-timeout=3s")
                .run(c -> {
                    GasConnectorProperties p = c.getBean(GasConnectorProperties.class);
                    assertThat(p.getBaseUrl()).isEqualTo("http://gas.example:8080/gas");
                    assertThat(p.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheCredentials() {
        context.run(app -> {
            GasConnectorProperties properties = app.getBean(GasConnectorProperties.class);
            assertThat(properties.getUsername()).isEqualTo("hub");
            assertThat(properties.getPassword()).isEqualTo("test-gas-password");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, GasConnectorAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.gas.username is not configured"));
    }

    @Test
    void staysOutWhenDisabled() {
        context.withPropertyValues("govhub.connectors.gas.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(SinkConnectorRoute.class)
                        .doesNotHaveBean(GasAccountTransferHandler.class));
    }
}
