package org.govhub.connectors.heat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The heat connector: route {@code heat-sink-account-transfer} on {@code agency.heat.account-transfer.v1}. */
@AutoConfiguration
@ConditionalOnProperty(prefix = "govhub.connectors.heat", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HeatConnectorProperties.class)
public class HeatConnectorAutoConfiguration {

    @Bean
    HeatAccountTransferHandler heatAccountTransferHandler(HeatConnectorProperties properties) {
        return new HeatAccountTransferHandler(properties, properties.getAppId(), properties.getAppSecret(), Clock.systemUTC());
    }

    @Bean
    SinkConnectorRoute heatAccountTransferRoute(HeatAccountTransferHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(HeatAccountTransferHandler.AGENCY, "account-transfer", handler, objectMapper);
    }
}
