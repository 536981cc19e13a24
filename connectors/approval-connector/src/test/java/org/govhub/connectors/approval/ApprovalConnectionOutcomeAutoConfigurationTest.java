package org.govhub.connectors.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ApprovalConnectionOutcomeAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ApprovalConnectionOutcomeAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.approval.api-token=test-approval-token");

    @Test
    void registersTheHandlerAndTheSinkRouteOnTheContractsQueue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ApprovalConnectionOutcomeHandler.class);
            SinkConnectorRoute route = context.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("approval-sink-connection-outcome");
            assertThat(route.queue()).isEqualTo(
                    "{{govhub.connectors.approval.queue:agency.approval.connection-outcome.v1}}");
            assertThat(context.getBean(ApprovalConnectorProperties.class).getBaseUrl())
                    .isEqualTo("http://127.0.0.1:8090/approval");
        });
    }

    @Test
    void bindsTheEndpointProperties() {
        runner.withPropertyValues("govhub.connectors.approval.base-url=http://approval.example:8080/api",
                        "govhub.connectors.approval.read-timeout=3s")
                .run(context -> {
                    ApprovalConnectorProperties properties = context.getBean(ApprovalConnectorProperties.class);
                    assertThat(properties.getBaseUrl()).isEqualTo("http://approval.example:8080/api");
                    assertThat(properties.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheApiToken() {
        runner.run(context -> assertThat(context.getBean(ApprovalConnectorProperties.class).getApiToken())
                .isEqualTo("test-approval-token"));
    }

    @Test
    void doesNotStartWithoutTheApiKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ApprovalConnectionOutcomeAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.approval.api-token is not configured"));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("govhub.connectors.approval.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ApprovalConnectionOutcomeHandler.class);
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
        });
    }

    @Test
    void isListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(ApprovalConnectionOutcomeAutoConfiguration.class.getName());
    }
}
