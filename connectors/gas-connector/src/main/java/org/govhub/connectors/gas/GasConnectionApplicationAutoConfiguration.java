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
 * The gas connector's M6 command {@code connection-application} in a hub: its handler and the
 * sink route {@code gas-sink-connection-application} on {@code agency.gas.connection-application.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.gas", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(GasConnectorProperties.class)
public class GasConnectionApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public GasConnectionApplicationHandler gasConnectionApplicationHandler(GasConnectorProperties properties,
                                                                           ObjectMapper objectMapper) {
        return new GasConnectionApplicationHandler(properties, properties.getUsername(), properties.getPassword(),
                objectMapper);
    }

    @Bean
    public SinkConnectorRoute gasConnectionApplicationRoute(GasConnectionApplicationHandler handler,
                                                            ObjectMapper objectMapper) {
        return new SinkConnectorRoute(GasAccountTransferHandler.AGENCY, "connection-application", handler, objectMapper);
    }
}
