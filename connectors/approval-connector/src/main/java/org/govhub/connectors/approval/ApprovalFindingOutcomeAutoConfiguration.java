package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The approval connector's route {@code approval-sink-finding-outcome} on {@code agency.approval.finding-outcome.v1}. */
@AutoConfiguration(after = ApprovalConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
public class ApprovalFindingOutcomeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalFindingOutcomeHandler approvalFindingOutcomeHandler(ApprovalReports reports) {
        return new ApprovalFindingOutcomeHandler(reports);
    }

    @Bean
    public SinkConnectorRoute approvalFindingOutcomeRoute(ApprovalFindingOutcomeHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalReports.AGENCY, ApprovalFindingOutcomeHandler.COMMAND, handler, objectMapper);
    }
}
