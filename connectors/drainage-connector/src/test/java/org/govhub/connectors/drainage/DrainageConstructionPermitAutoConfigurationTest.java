package org.govhub.connectors.drainage;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** M6's {@code construction-permit} command of the drainage connector, wired by its own auto-configuration. */
class DrainageConstructionPermitAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DrainageConstructionPermitAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.drainage.username=govhub","govhub.connectors.drainage.password=test-drainage-password");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(DrainageConstructionPermitHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("drainage-sink-construction-permit");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.drainage.queue:agency.drainage.construction-permit.v1}}");
            assertThat(context.getBean(DrainageConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/drainage");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DrainageConstructionPermitAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.drainage.username is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.drainage.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(DrainageConstructionPermitHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(DrainageConstructionPermitAutoConfiguration.class.getName());
    }
}
