package org.govhub.connectors.gas;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The gas connector: route {@code gas-sink-account-transfer} on {@code agency.gas.account-transfer.v1}. */
@AutoConfiguration
@ConditionalOnProperty(prefix = "govhub.connectors.gas", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(GasConnectorProperties.class)
public class GasConnectorAutoConfiguration {

    @Bean
    GasAccountTransferHandler gasAccountTransferHandler(GasConnectorProperties properties) {
        return new GasAccountTransferHandler(properties, properties.getUsername(), properties.getPassword());
    }

    @Bean
    SinkConnectorRoute gasAccountTransferRoute(GasAccountTransferHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(GasAccountTransferHandler.AGENCY, "account-transfer", handler, objectMapper);
    }
}
