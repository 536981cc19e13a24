package org.govhub.connectors.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The SMS gateway's sink route, {@code sms-sink-notification}, in any hub that has this module. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.sms", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SmsConnectorProperties.class)
public class SmsConnectorAutoConfiguration {

    @Bean
    public SmsNotificationHandler smsNotificationHandler(SmsConnectorProperties properties, ObjectMapper objectMapper) {
        return new SmsNotificationHandler(properties, properties.getAccessKeyId(), properties.getAccessKeySecret(),
                Clock.systemUTC(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute smsSinkNotificationRoute(SmsNotificationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(SmsNotificationHandler.AGENCY, "notification", handler, objectMapper);
    }
}
