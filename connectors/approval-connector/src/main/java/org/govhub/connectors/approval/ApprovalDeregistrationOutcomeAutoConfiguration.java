package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M5: the approval connector's {@code deregistration-outcome} in a hub: its handler and the sink route
 * {@code approval-sink-deregistration-outcome} on {@code agency.approval.deregistration-outcome.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApprovalConnectorProperties.class)
public class ApprovalDeregistrationOutcomeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalDeregistrationOutcomeHandler approvalDeregistrationOutcomeHandler(ApprovalConnectorProperties properties, ObjectMapper objectMapper) {
        return new ApprovalDeregistrationOutcomeHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute approvalDeregistrationOutcomeRoute(ApprovalDeregistrationOutcomeHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalDeregistrationOutcomeHandler.AGENCY, ApprovalDeregistrationOutcomeHandler.COMMAND, handler, objectMapper);
    }
}
