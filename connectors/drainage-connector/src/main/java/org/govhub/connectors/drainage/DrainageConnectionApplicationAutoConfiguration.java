package org.govhub.connectors.drainage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The drainage connector's M6 command in a hub: its handler and the sink route
 * {@code drainage-sink-connection-application} on {@code agency.drainage.connection-application.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.drainage", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DrainageConnectorProperties.class)
public class DrainageConnectionApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DrainageConnectionApplicationHandler drainageConnectionApplicationHandler(DrainageConnectorProperties properties,
                                                                                   ObjectMapper objectMapper) {
        return new DrainageConnectionApplicationHandler(properties, properties.getUsername(), properties.getPassword(),
                objectMapper);
    }

    @Bean
    public SinkConnectorRoute drainageConnectionApplicationRoute(DrainageConnectionApplicationHandler handler,
                                                                ObjectMapper objectMapper) {
        return new SinkConnectorRoute(DrainageConnectionApplicationHandler.AGENCY, "connection-application", handler,
                objectMapper);
    }
}
