package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** What every market supervision command of M2 and M3 shares: the endpoint, its interface and the credit risk code list. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.market", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MarketConnectorProperties.class)
public class MarketConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MarketApi marketApi(MarketConnectorProperties properties, ObjectMapper objectMapper) {
        return new MarketApi(properties, objectMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    public CreditRiskCodeLists creditRiskCodeLists(MarketConnectorProperties properties) {
        return CreditRiskCodeLists.configured(properties.getRiskClasses());
    }
}
