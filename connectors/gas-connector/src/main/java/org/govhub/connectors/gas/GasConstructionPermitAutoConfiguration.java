package org.govhub.connectors.gas;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The gas connector's M6 command {@code construction-permit} in a hub: its handler and the sink
 * route {@code gas-sink-construction-permit} on {@code agency.gas.construction-permit.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.gas", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(GasConnectorProperties.class)
public class GasConstructionPermitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public GasConstructionPermitHandler gasConstructionPermitHandler(GasConnectorProperties properties) {
        return new GasConstructionPermitHandler(properties, properties.getUsername(), properties.getPassword());
    }

    @Bean
    public SinkConnectorRoute gasConstructionPermitRoute(GasConstructionPermitHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(GasAccountTransferHandler.AGENCY, "construction-permit", handler, objectMapper);
    }
}
