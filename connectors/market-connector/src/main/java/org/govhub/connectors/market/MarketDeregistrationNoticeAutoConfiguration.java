package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M5: the market connector's {@code deregistration-notice} in a hub: its handler and the sink route
 * {@code market-sink-deregistration-notice} on {@code agency.market.deregistration-notice.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.market", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MarketConnectorProperties.class)
public class MarketDeregistrationNoticeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MarketDeregistrationNoticeHandler marketDeregistrationNoticeHandler(MarketConnectorProperties properties, ObjectMapper objectMapper) {
        return new MarketDeregistrationNoticeHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute marketDeregistrationNoticeRoute(MarketDeregistrationNoticeHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(MarketDeregistrationNoticeHandler.AGENCY, MarketDeregistrationNoticeHandler.COMMAND, handler, objectMapper);
    }
}
