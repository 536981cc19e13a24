package org.govhub.connectors.housing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** housing's sink route for M8, {@code housing-sink-sale-contract-filing-request}, in any hub that has this module. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.housing", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HousingConnectorProperties.class)
public class HousingConnectorAutoConfiguration {

    @Bean
    public HousingSaleContractFilingRequestHandler housingSaleContractFilingRequestHandler(HousingConnectorProperties properties, ObjectMapper objectMapper) {
        return new HousingSaleContractFilingRequestHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute housingSinkRoute(HousingSaleContractFilingRequestHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(HousingSaleContractFilingRequestHandler.AGENCY, HousingSaleContractFilingRequestHandler.COMMAND, handler, objectMapper);
    }
}
