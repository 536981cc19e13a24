package org.govhub.connectors.drainage;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DrainageConnectionApplicationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DrainageConnectionApplicationAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.drainage.username=govhub", "govhub.connectors.drainage.password=test-drainage-password");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(DrainageConnectionApplicationHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("drainage-sink-connection-application");
            assertThat(route.queue()).isEqualTo(
                    "{{govhub.connectors.drainage.queue:agency.drainage.connection-application.v1}}");
            assertThat(context.getBean(DrainageConnectorProperties.class).getBaseUrl())
                    .isEqualTo("http://127.0.0.1:8090/drainage");
        });
    }

    @Test
    void bindsTheEndpointProperties() {
        runner.withPropertyValues("govhub.connectors.drainage.base-url=http://drainage.example:8080/api",
                        "govhub.connectors.drainage.read-timeout=3s")
                .run(context -> {
                    DrainageConnectorProperties properties = context.getBean(DrainageConnectorProperties.class);
                    assertThat(properties.getBaseUrl()).isEqualTo("http://drainage.example:8080/api");
                    assertThat(properties.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheLogin() {
        runner.run(context -> assertThat(context.getBean(DrainageConnectorProperties.class).getPassword())
                .isEqualTo("test-drainage-password"));
    }

    @Test
    void doesNotStartWithoutTheApiKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DrainageConnectionApplicationAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.drainage.username is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.drainage.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(DrainageConnectionApplicationHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(DrainageConnectionApplicationAutoConfiguration.class.getName());
    }
}
