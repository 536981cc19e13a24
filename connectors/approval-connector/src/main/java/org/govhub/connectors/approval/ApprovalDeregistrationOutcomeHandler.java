package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M5: reports what each agency did with a deregistration to the registration system
 * ({@code POST /api/v1/deregistrations/{deregistrationNo}/outcome}).
 */
public class ApprovalDeregistrationOutcomeHandler implements CommandHandler {

    static final String AGENCY = ApprovalOutcomeReport.AGENCY;
    static final String COMMAND = "deregistration-outcome";

    private final ApprovalOutcomeReport report;

    public ApprovalDeregistrationOutcomeHandler(ApprovalConnectorProperties properties, ObjectMapper mapper) {
        this.report = new ApprovalOutcomeReport(properties, mapper);
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        return report.report(command, "/api/v1/deregistrations/{no}/outcome", "deregistrationNo", "^ZX\\d{12}$");
    }
}
