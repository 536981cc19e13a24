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
 * The water connector in a hub: its handler and the sink route
 * {@code water-sink-account-transfer} on {@code agency.water.account-transfer.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.water", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WaterConnectorProperties.class)
public class WaterConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WaterAccountTransferHandler waterAccountTransferHandler(WaterConnectorProperties properties,
                                                                   ObjectMapper objectMapper) {
        return new WaterAccountTransferHandler(properties, properties.getApiKey(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute waterAccountTransferRoute(WaterAccountTransferHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(WaterAccountTransferHandler.AGENCY, "account-transfer", handler, objectMapper);
    }
}
