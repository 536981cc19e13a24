package org.govhub.connectors.hrss;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M5: the hrss connector's {@code social-insurance-cancellation} in a hub: its handler and the sink route
 * {@code hrss-sink-social-insurance-cancellation} on {@code agency.hrss.social-insurance-cancellation.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.hrss", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HrssConnectorProperties.class)
public class HrssSocialInsuranceCancellationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HrssSocialInsuranceCancellationHandler hrssSocialInsuranceCancellationHandler(HrssConnectorProperties properties, ObjectMapper objectMapper) {
        return new HrssSocialInsuranceCancellationHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute hrssSocialInsuranceCancellationRoute(HrssSocialInsuranceCancellationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(HrssSocialInsuranceCancellationHandler.AGENCY, HrssSocialInsuranceCancellationHandler.COMMAND, handler, objectMapper);
    }
}
