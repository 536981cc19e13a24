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
 * M4: the approval connector's {@code startup-outcome} in a hub: its handler and the sink route
 * {@code approval-sink-startup-outcome} on {@code agency.approval.startup-outcome.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApprovalConnectorProperties.class)
public class ApprovalStartupOutcomeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalStartupOutcomeHandler approvalStartupOutcomeHandler(ApprovalConnectorProperties properties, ObjectMapper objectMapper) {
        return new ApprovalStartupOutcomeHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute approvalStartupOutcomeRoute(ApprovalStartupOutcomeHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalStartupOutcomeHandler.AGENCY, ApprovalStartupOutcomeHandler.COMMAND, handler, objectMapper);
    }
}
