package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The market connector's route {@code market-sink-licence-filing} on {@code agency.market.licence-filing.v1}. */
@AutoConfiguration(after = MarketConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.market", name = "enabled", matchIfMissing = true)
public class MarketLicenceFilingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MarketLicenceFilingHandler marketLicenceFilingHandler(MarketApi api) {
        return new MarketLicenceFilingHandler(api);
    }

    @Bean
    public SinkConnectorRoute marketLicenceFilingRoute(MarketLicenceFilingHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(MarketApi.AGENCY, MarketLicenceFilingHandler.COMMAND, handler, objectMapper);
    }
}
