package org.govhub.connectors.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TaxJudicialLevyConnectorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    TaxJudicialLevyConnectorAutoConfiguration.class));

    @Test
    void registersBothSinkRoutesOnTheContractsQueues() {
        runner.withPropertyValues("govhub.connectors.tax.app-key=k").run(context -> {
            assertThat(context.getBeansOfType(SinkConnectorRoute.class).values())
                    .extracting(SinkConnectorRoute::routeId, SinkConnectorRoute::queue)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("tax-sink-deed-tax-levy",
                                    "{{govhub.connectors.tax.queue:agency.tax.deed-tax-levy.v1}}"),
                            org.assertj.core.groups.Tuple.tuple("tax-sink-deed-tax-levy-cancellation",
                                    "{{govhub.connectors.tax.queue:agency.tax.deed-tax-levy-cancellation.v1}}"));
            assertThat(context.getBean(TaxConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/tax");
        });
    }

    @Test
    void doesNotStartWithoutTheAppKey() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("govhub.connectors.tax.app-key"));
    }
}
