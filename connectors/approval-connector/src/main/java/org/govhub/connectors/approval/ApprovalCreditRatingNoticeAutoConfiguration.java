package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The approval connector's route {@code approval-sink-credit-rating-notice} on {@code agency.approval.credit-rating-notice.v1}. */
@AutoConfiguration(after = ApprovalConnectorAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
public class ApprovalCreditRatingNoticeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalCreditRatingNoticeHandler approvalCreditRatingNoticeHandler(ApprovalReports reports) {
        return new ApprovalCreditRatingNoticeHandler(reports);
    }

    @Bean
    public SinkConnectorRoute approvalCreditRatingNoticeRoute(ApprovalCreditRatingNoticeHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(ApprovalReports.AGENCY, ApprovalCreditRatingNoticeHandler.COMMAND, handler, objectMapper);
    }
}
