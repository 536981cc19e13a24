package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The market connector's route {@code market-sink-credit-risk-class} on {@code agency.market.credit-risk-class.v1}. */
@AutoConfiguration(after = MarketConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.market", name = "enabled", matchIfMissing = true)
public class MarketCreditRiskClassAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MarketCreditRiskClassHandler marketCreditRiskClassHandler(MarketApi api, CreditRiskCodeLists codeList) {
        return new MarketCreditRiskClassHandler(api, codeList);
    }

    @Bean
    public SinkConnectorRoute marketCreditRiskClassRoute(MarketCreditRiskClassHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(MarketApi.AGENCY, MarketCreditRiskClassHandler.COMMAND, handler, objectMapper);
    }
}
