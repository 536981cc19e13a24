package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M7's real-estate sink routes: {@code realestate-sink-judicial-transfer-registration} and
 * {@code realestate-sink-judicial-transfer-cancellation}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.realestate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RealestateConnectorProperties.class)
public class RealestateJudicialTransferConnectorAutoConfiguration {

    @Bean
    public RealestateJudicialTransferRegistrationHandler realestateJudicialTransferRegistrationHandler(
            RealestateConnectorProperties properties, ObjectMapper objectMapper) {
        return new RealestateJudicialTransferRegistrationHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute realestateSinkJudicialTransferRegistrationRoute(
            RealestateJudicialTransferRegistrationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(RealestateTransferOutcomeHandler.AGENCY,
                RealestateJudicialTransferRegistrationHandler.COMMAND, handler, objectMapper);
    }

    @Bean
    public RealestateJudicialTransferCancellationHandler realestateJudicialTransferCancellationHandler(
            RealestateConnectorProperties properties, ObjectMapper objectMapper) {
        return new RealestateJudicialTransferCancellationHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute realestateSinkJudicialTransferCancellationRoute(
            RealestateJudicialTransferCancellationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(RealestateTransferOutcomeHandler.AGENCY,
                RealestateJudicialTransferCancellationHandler.COMMAND, handler, objectMapper);
    }
}
