package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The approval connector's route {@code approval-sink-licence-filing-outcome} on {@code agency.approval.licence-filing-outcome.v1}. */
@AutoConfiguration(after = ApprovalConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
public class ApprovalLicenceFilingOutcomeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalLicenceFilingOutcomeHandler approvalLicenceFilingOutcomeHandler(ApprovalReports reports) {
        return new ApprovalLicenceFilingOutcomeHandler(reports);
    }

    @Bean
    public SinkConnectorRoute approvalLicenceFilingOutcomeRoute(ApprovalLicenceFilingOutcomeHandler handler,
                                                                ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalReports.AGENCY, ApprovalLicenceFilingOutcomeHandler.COMMAND, handler,
                objectMapper);
    }
}
