package org.govhub.connectors.telecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The telecom connector's M6 command in a hub: its handler and the sink route
 * {@code telecom-sink-connection-application} on {@code agency.telecom.connection-application.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.telecom", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TelecomConnectorProperties.class)
public class TelecomConnectionApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TelecomConnectionApplicationHandler telecomConnectionApplicationHandler(TelecomConnectorProperties properties,
                                                                                   ObjectMapper objectMapper) {
        return new TelecomConnectionApplicationHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute telecomConnectionApplicationRoute(TelecomConnectionApplicationHandler handler,
                                                                ObjectMapper objectMapper) {
        return new SinkConnectorRoute(TelecomConnectionApplicationHandler.AGENCY, "connection-application", handler,
                objectMapper);
    }
}
