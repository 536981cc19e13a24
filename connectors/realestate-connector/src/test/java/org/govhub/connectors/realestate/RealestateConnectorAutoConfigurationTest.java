package org.govhub.connectors.realestate;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RealestateConnectorAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RealestateConnectorAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.realestate.api-token=test-realestate-token");

    @Test
    void registersTheTransferOutcomeRouteByDefault() {
        context.run(ctx -> {
            assertThat(ctx).hasSingleBean(RealestateTransferOutcomeHandler.class);
            SinkConnectorRoute route = ctx.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("realestate-sink-transfer-outcome");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.realestate.queue:agency.realestate.transfer-outcome.v1}}");
            assertThat(ctx.getBean(RealestateConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/realestate");
        });
    }

    @Test
    void bindsTheRegistryEndpoint() {
        context.withPropertyValues("govhub.connectors.realestate.base-url=http://127.0.0.1:9999/bdc",
                        "govhub.connectors.realestate.read-timeout=3s")
                .run(ctx -> {
                    RealestateConnectorProperties props = ctx.getBean(RealestateConnectorProperties.class);
                    assertThat(props.getBaseUrl()).isEqualTo("http://127.0.0.1:9999/bdc");
                    assertThat(props.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheCredentials() {
        context.run(app -> {
            RealestateConnectorProperties properties = app.getBean(RealestateConnectorProperties.class);
            assertThat(properties.getApiToken()).isEqualTo("test-realestate-token");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RealestateConnectorAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.realestate.api-token is not configured"));
    }

    @Test
    void staysOutWhenDisabled() {
        context.withPropertyValues("govhub.connectors.realestate.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(SinkConnectorRoute.class)
                        .doesNotHaveBean(RealestateTransferOutcomeHandler.class));
    }
}
