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
 * M4: the hrss connector's {@code social-insurance-registration} in a hub: its handler and the sink route
 * {@code hrss-sink-social-insurance-registration} on {@code agency.hrss.social-insurance-registration.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.hrss", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HrssConnectorProperties.class)
public class HrssSocialInsuranceRegistrationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HrssSocialInsuranceRegistrationHandler hrssSocialInsuranceRegistrationHandler(HrssConnectorProperties properties, ObjectMapper objectMapper) {
        return new HrssSocialInsuranceRegistrationHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute hrssSocialInsuranceRegistrationRoute(HrssSocialInsuranceRegistrationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(HrssSocialInsuranceRegistrationHandler.AGENCY, HrssSocialInsuranceRegistrationHandler.COMMAND, handler, objectMapper);
    }
}
