package org.govhub.connectors.telecom;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TelecomConnectionApplicationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, TelecomConnectionApplicationAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.telecom.api-token=test-telecom-token");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(TelecomConnectionApplicationHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("telecom-sink-connection-application");
            assertThat(route.queue()).isEqualTo(
                    "{{govhub.connectors.telecom.queue:agency.telecom.connection-application.v1}}");
            assertThat(context.getBean(TelecomConnectorProperties.class).getBaseUrl())
                    .isEqualTo("http://127.0.0.1:8090/telecom");
        });
    }

    @Test
    void bindsTheEndpointProperties() {
        runner.withPropertyValues("govhub.connectors.telecom.base-url=http://telecom.example:8080/api",
                        "govhub.connectors.telecom.read-timeout=3s")
                .run(context -> {
                    TelecomConnectorProperties properties = context.getBean(TelecomConnectorProperties.class);
                    assertThat(properties.getBaseUrl()).isEqualTo("http://telecom.example:8080/api");
                    assertThat(properties.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheApiToken() {
        runner.run(context -> assertThat(context.getBean(TelecomConnectorProperties.class).getApiToken())
                .isEqualTo("test-telecom-token"));
    }

    @Test
    void doesNotStartWithoutTheApiKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, TelecomConnectionApplicationAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.telecom.api-token is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.telecom.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(TelecomConnectionApplicationHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(TelecomConnectionApplicationAutoConfiguration.class.getName());
    }
}
