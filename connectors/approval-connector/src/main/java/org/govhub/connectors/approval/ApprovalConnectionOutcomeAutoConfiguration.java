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
 * The approval connector's M6 report in a hub: its handler and the sink route
 * {@code approval-sink-connection-outcome} on {@code agency.approval.connection-outcome.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApprovalConnectorProperties.class)
public class ApprovalConnectionOutcomeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalConnectionOutcomeHandler approvalConnectionOutcomeHandler(ApprovalConnectorProperties properties,
                                                                                   ObjectMapper objectMapper) {
        return new ApprovalConnectionOutcomeHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute approvalConnectionOutcomeRoute(ApprovalConnectionOutcomeHandler handler,
                                                                ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalConnectionOutcomeHandler.AGENCY, "connection-outcome", handler,
                objectMapper);
    }
}
