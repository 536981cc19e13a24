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
 * The water connector's M6 command {@code construction-permit} in a hub: its handler and the
 * sink route {@code water-sink-construction-permit} on {@code agency.water.construction-permit.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.water", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WaterConnectorProperties.class)
public class WaterConstructionPermitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WaterConstructionPermitHandler waterConstructionPermitHandler(WaterConnectorProperties properties,
                                                                         ObjectMapper objectMapper) {
        return new WaterConstructionPermitHandler(properties, properties.getApiKey(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute waterConstructionPermitRoute(WaterConstructionPermitHandler handler,
                                                             ObjectMapper objectMapper) {
        return new SinkConnectorRoute("water", "construction-permit", handler, objectMapper);
    }
}
