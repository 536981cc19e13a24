package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Real-estate registration's sink route, {@code realestate-sink-transfer-outcome}, in any hub that has this module. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.realestate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RealestateConnectorProperties.class)
public class RealestateConnectorAutoConfiguration {

    @Bean
    public RealestateTransferOutcomeHandler realestateTransferOutcomeHandler(RealestateConnectorProperties properties,
                                                                             ObjectMapper objectMapper) {
        return new RealestateTransferOutcomeHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute realestateSinkTransferOutcomeRoute(RealestateTransferOutcomeHandler handler,
                                                                 ObjectMapper objectMapper) {
        return new SinkConnectorRoute(RealestateTransferOutcomeHandler.AGENCY, "transfer-outcome", handler, objectMapper);
    }
}
