package org.govhub.connectors.approval;

import java.util.List;
import org.govhub.connectors.support.testkit.ConnectorAutoConfigurationContract;

/** Every auto-configuration of the approval connector (M2, M3, M4, M5 and M6): with its credentials, all its handlers and sink routes; without, none. */
class ApprovalConnectorModuleAutoConfigurationTest extends ConnectorAutoConfigurationContract {

    ApprovalConnectorModuleAutoConfigurationTest() {
        super("approval", List.of(ApprovalConnectorAutoConfiguration.class,
                ApprovalConnectionOutcomeAutoConfiguration.class,
                ApprovalStartupOutcomeAutoConfiguration.class,
                ApprovalDeregistrationOutcomeAutoConfiguration.class,
                ApprovalSupervisionResultAutoConfiguration.class,
                ApprovalFindingOutcomeAutoConfiguration.class,
                ApprovalCreditRatingNoticeAutoConfiguration.class),
                List.of("govhub.connectors.approval.api-token=test-approval-token"), "govhub.connectors.approval.api-token");
    }

    @Override
    protected List<Class<?>> handlers() {
        return List.of(ApprovalReports.class,
                ApprovalConnectionOutcomeHandler.class,
                ApprovalStartupOutcomeHandler.class,
                ApprovalDeregistrationOutcomeHandler.class,
                ApprovalSupervisionResultHandler.class,
                ApprovalFindingOutcomeHandler.class,
                ApprovalCreditRatingNoticeHandler.class);
    }

    @Override
    protected List<String> commands() {
        return List.of("connection-outcome",
                "startup-outcome",
                "deregistration-outcome",
                "supervision-result",
                "finding-outcome",
                "credit-rating-notice");
    }
}
