package org.govhub.connectors.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SmsConnectorAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, SmsConnectorAutoConfiguration.class))
            .withPropertyValues("govhub.connectors.sms.access-key-id=hub", "govhub.connectors.sms.access-key-secret=test-sms-secret");

    @Test
    void registersTheNotificationRouteByDefault() {
        context.run(ctx -> {
            assertThat(ctx).hasSingleBean(SmsNotificationHandler.class);
            SinkConnectorRoute route = ctx.getBean(SinkConnectorRoute.class);
            assertThat(route.routeId()).isEqualTo("sms-sink-notification");
            assertThat(route.queue()).isEqualTo("{{govhub.connectors.sms.queue:agency.sms.notification.v1}}");
            assertThat(ctx.getBean(SmsConnectorProperties.class).getBaseUrl()).isEqualTo("http://127.0.0.1:8090/sms");
        });
    }

    @Test
    void bindsTheGatewayEndpoint() {
        context.withPropertyValues("govhub.connectors.sms.base-url=http://127.0.0.1:9999/gw",
                        "govhub.connectors.sms.read-timeout=3s")
                .run(ctx -> {
                    SmsConnectorProperties props = ctx.getBean(SmsConnectorProperties.class);
                    assertThat(props.getBaseUrl()).isEqualTo("http://127.0.0.1:9999/gw");
                    assertThat(props.getReadTimeout()).hasSeconds(3);
                });
    }

    @Test
    void bindsTheCredentials() {
        context.run(app -> {
            SmsConnectorProperties properties = app.getBean(SmsConnectorProperties.class);
            assertThat(properties.getAccessKeyId()).isEqualTo("hub");
            assertThat(properties.getAccessKeySecret()).isEqualTo("test-sms-secret");
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, SmsConnectorAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("govhub.connectors.sms.access-key-id is not configured"));
    }

    @Test
    void staysOutWhenDisabled() {
        context.withPropertyValues("govhub.connectors.sms.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(SinkConnectorRoute.class)
                        .doesNotHaveBean(SmsNotificationHandler.class));
    }
}
