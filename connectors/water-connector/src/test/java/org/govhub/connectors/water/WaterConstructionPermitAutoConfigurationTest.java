package org.govhub.connectors.water;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** M6's {@code construction-permit} command of the water connector, wired by its own auto-configuration. */
class WaterConstructionPermitAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WaterConstructionPermitAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.water.api-key=test-water-key");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(WaterConstructionPermitHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("water-sink-construction-permit");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.water.queue:agency.water.construction-permit.v1}}");
            assertThat(context.getBean(WaterConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/water");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WaterConstructionPermitAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.water.api-key is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.water.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(WaterConstructionPermitHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(WaterConstructionPermitAutoConfiguration.class.getName());
    }
}
