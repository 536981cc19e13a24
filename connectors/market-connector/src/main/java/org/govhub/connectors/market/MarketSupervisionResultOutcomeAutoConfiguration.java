package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The market connector's route {@code market-sink-supervision-result-outcome} on {@code agency.market.supervision-result-outcome.v1}. */
@AutoConfiguration(after = MarketConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.market", name = "enabled", matchIfMissing = true)
public class MarketSupervisionResultOutcomeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MarketSupervisionResultOutcomeHandler marketSupervisionResultOutcomeHandler(MarketApi api) {
        return new MarketSupervisionResultOutcomeHandler(api);
    }

    @Bean
    public SinkConnectorRoute marketSupervisionResultOutcomeRoute(MarketSupervisionResultOutcomeHandler handler,
                                                                  ObjectMapper objectMapper) {
        return new SinkConnectorRoute(MarketApi.AGENCY, MarketSupervisionResultOutcomeHandler.COMMAND, handler,
                objectMapper);
    }
}
