package org.govhub.connectors.water;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WaterConnectorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WaterConnectorAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.water.api-key=test-water-key");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(WaterAccountTransferHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("water-sink-account-transfer");
            assertThat(route.queue()).isEqualTo(
                    "{{govhub.connectors.water.queue:agency.water.account-transfer.v1}}");
            assertThat(context.getBean(WaterConnectorProperties.class).getBaseUrl())
                    .isEqualTo("http://127.0.0.1:8090/water");
        });
    }

    @Test
    void bindsTheEndpointProperties() {
        runner.withPropertyValues("govhub.connectors.water.base-url=http://water.example:8080/api",
                        "govhub.connectors.water.read-timeout=3s")
                .run(context -> {
                    WaterConnectorProperties properties = context.getBean(WaterConnectorProperties.class);
                    assertThat(properties.getBaseUrl()).isEqualTo("http://water.example:8080/api");
                    assertThat(properties.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheApiKey() {
        runner.run(context -> assertThat(context.getBean(WaterConnectorProperties.class).getApiKey())
                .isEqualTo("test-water-key"));
    }

    @Test
    void doesNotStartWithoutTheApiKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WaterConnectorAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.water.api-key is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.water.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(WaterAccountTransferHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(WaterConnectorAutoConfiguration.class.getName());
    }
}
