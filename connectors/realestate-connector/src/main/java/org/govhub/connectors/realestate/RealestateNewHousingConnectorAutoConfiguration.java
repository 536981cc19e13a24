package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** M8's real-estate sink route, {@code realestate-sink-sale-contract-filing}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.realestate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RealestateConnectorProperties.class)
public class RealestateNewHousingConnectorAutoConfiguration {

    @Bean
    public RealestateSaleContractFilingHandler realestateSaleContractFilingHandler(RealestateConnectorProperties properties,
                                                                                   ObjectMapper objectMapper) {
        return new RealestateSaleContractFilingHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute realestateSinkSaleContractFilingRoute(RealestateSaleContractFilingHandler handler,
                                                                   ObjectMapper objectMapper) {
        return new SinkConnectorRoute(RealestateTransferOutcomeHandler.AGENCY, RealestateSaleContractFilingHandler.COMMAND,
                handler, objectMapper);
    }
}
