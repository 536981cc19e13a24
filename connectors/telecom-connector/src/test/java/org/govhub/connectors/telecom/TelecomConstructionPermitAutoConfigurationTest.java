package org.govhub.connectors.telecom;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** M6's {@code construction-permit} command of the telecom connector, wired by its own auto-configuration. */
class TelecomConstructionPermitAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, TelecomConstructionPermitAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.telecom.api-token=test-telecom-token");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(TelecomConstructionPermitHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("telecom-sink-construction-permit");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.telecom.queue:agency.telecom.construction-permit.v1}}");
            assertThat(context.getBean(TelecomConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/telecom");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, TelecomConstructionPermitAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.telecom.api-token is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.telecom.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(TelecomConstructionPermitHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(TelecomConstructionPermitAutoConfiguration.class.getName());
    }
}
