package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The market connector's route {@code market-sink-key-supervision} on {@code agency.market.key-supervision.v1}. */
@AutoConfiguration(after = MarketConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.market", name = "enabled", matchIfMissing = true)
public class MarketKeySupervisionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MarketKeySupervisionHandler marketKeySupervisionHandler(MarketApi api) {
        return new MarketKeySupervisionHandler(api);
    }

    @Bean
    public SinkConnectorRoute marketKeySupervisionRoute(MarketKeySupervisionHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(MarketApi.AGENCY, MarketKeySupervisionHandler.COMMAND, handler, objectMapper);
    }
}
