package org.govhub.connectors.heat;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HeatConnectorAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HeatConnectorAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.heat.app-id=hub", "govhub.connectors.heat.app-secret=test-heat-secret");

    @Test
    void registersTheSinkRouteOnTheHeatQueue() {
        context.run(c -> {
            SinkConnectorRoute route = c.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("heat-sink-account-transfer");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.heat.queue:agency.heat.account-transfer.v1}}");
            assertThat(c).hasSingleBean(HeatAccountTransferHandler.class);
            assertThat(c.getBean(HeatConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/heat");
        });
    }

    @Test
    void bindsTheEndpointFromConfiguration() {
        context.withPropertyValues("govhub.connectors.heat.base-url=http://heat.example:8080/heat",
                        "govhub.connectors.heat.read-timeout=3s")
                .run(c -> {
                    HeatConnectorProperties p = c.getBean(HeatConnectorProperties.class);
                    assertThat(p.getBaseUrl()).isEqualTo("http://heat.example:8080/heat");
                    assertThat(p.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheCredentials() {
        context.run(app -> {
            HeatConnectorProperties properties = app.getBean(HeatConnectorProperties.class);
            assertThat(properties.getAppId()).isEqualTo("hub");
            assertThat(properties.getAppSecret()).isEqualTo("test-heat-secret");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HeatConnectorAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.heat.app-id is not configured"));
    }

    @Test
    void staysOutWhenDisabled() {
        context.withPropertyValues("govhub.connectors.heat.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(SinkConnectorRoute.class)
                        .doesNotHaveBean(HeatAccountTransferHandler.class));
    }
}
