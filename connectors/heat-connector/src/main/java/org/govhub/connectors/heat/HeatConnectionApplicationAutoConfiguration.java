package org.govhub.connectors.heat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The heat connector's M6 command {@code connection-application} in a hub: its handler, signing with the app the
 * heating company registered for the hub, and the sink route {@code heat-sink-connection-application} on
 * {@code agency.heat.connection-application.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.heat", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HeatConnectorProperties.class)
public class HeatConnectionApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HeatConnectionApplicationHandler heatConnectionApplicationHandler(HeatConnectorProperties properties, ObjectMapper objectMapper) {
        return new HeatConnectionApplicationHandler(properties, properties.getAppId(), properties.getAppSecret(), Clock.systemUTC(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute heatConnectionApplicationRoute(HeatConnectionApplicationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(HeatAccountTransferHandler.AGENCY, "connection-application", handler, objectMapper);
    }
}
