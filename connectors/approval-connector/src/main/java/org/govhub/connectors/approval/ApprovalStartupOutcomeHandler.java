package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M4: reports every start-up step's outcome and the bank's account to the registration system
 * ({@code POST /api/v1/registrations/{registrationNo}/startup-outcome}).
 */
public class ApprovalStartupOutcomeHandler implements CommandHandler {

    static final String AGENCY = ApprovalOutcomeReport.AGENCY;
    static final String COMMAND = "startup-outcome";

    private final ApprovalOutcomeReport report;

    public ApprovalStartupOutcomeHandler(ApprovalConnectorProperties properties, ObjectMapper mapper) {
        this.report = new ApprovalOutcomeReport(properties, mapper);
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        return report.report(command, "/api/v1/registrations/{no}/startup-outcome", "registrationNo", "^YCT\\d{12}$");
    }
}
