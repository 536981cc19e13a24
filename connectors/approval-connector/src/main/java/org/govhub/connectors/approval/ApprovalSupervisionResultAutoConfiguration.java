package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The approval connector's route {@code approval-sink-supervision-result} on {@code agency.approval.supervision-result.v1}. */
@AutoConfiguration(after = ApprovalConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
public class ApprovalSupervisionResultAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalSupervisionResultHandler approvalSupervisionResultHandler(ApprovalReports reports) {
        return new ApprovalSupervisionResultHandler(reports);
    }

    @Bean
    public SinkConnectorRoute approvalSupervisionResultRoute(ApprovalSupervisionResultHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalReports.AGENCY, ApprovalSupervisionResultHandler.COMMAND, handler, objectMapper);
    }
}
