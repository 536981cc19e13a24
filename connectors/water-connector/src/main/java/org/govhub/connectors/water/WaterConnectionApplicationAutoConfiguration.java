package org.govhub.connectors.water;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The water connector's M6 command in a hub: its handler and the sink route
 * {@code water-sink-connection-application} on {@code agency.water.connection-application.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.water", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WaterConnectorProperties.class)
public class WaterConnectionApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WaterConnectionApplicationHandler waterConnectionApplicationHandler(WaterConnectorProperties properties,
                                                                               ObjectMapper objectMapper) {
        return new WaterConnectionApplicationHandler(properties, properties.getApiKey(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute waterConnectionApplicationRoute(WaterConnectionApplicationHandler handler,
                                                              ObjectMapper objectMapper) {
        return new SinkConnectorRoute("water", "connection-application", handler, objectMapper);
    }
}
