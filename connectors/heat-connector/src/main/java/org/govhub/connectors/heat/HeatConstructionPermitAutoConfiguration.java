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
 * The heat connector's M6 command {@code construction-permit} in a hub: its handler, signing with the app the
 * heating company registered for the hub, and the sink route {@code heat-sink-construction-permit} on
 * {@code agency.heat.construction-permit.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.heat", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HeatConnectorProperties.class)
public class HeatConstructionPermitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HeatConstructionPermitHandler heatConstructionPermitHandler(HeatConnectorProperties properties, ObjectMapper objectMapper) {
        return new HeatConstructionPermitHandler(properties, properties.getAppId(), properties.getAppSecret(), Clock.systemUTC());
    }

    @Bean
    public SinkConnectorRoute heatConstructionPermitRoute(HeatConstructionPermitHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(HeatAccountTransferHandler.AGENCY, "construction-permit", handler, objectMapper);
    }
}
