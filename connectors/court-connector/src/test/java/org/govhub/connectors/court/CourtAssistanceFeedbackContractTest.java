package org.govhub.connectors.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of the assistance feedback against contracts/agencies/court.v1.yaml. */
class CourtAssistanceFeedbackContractTest extends AgencyConnectorContract {

    CourtAssistanceFeedbackContractTest() {
        super("contracts/agencies/court.v1.yaml", "/court", "POST", "/api/enforcement/assistance-feedback");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new CourtAssistanceFeedbackHandler(endpoint, "govhub", "pw", new ObjectMapper());
    }

    @Override
    protected AgencyCommand command() {
        return CourtAssistanceFeedbackCommands.command();
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "200/recorded", Expected.applied(),
                "400/invalid", Expected.rejected("INVALID_REQUEST"),
                "404/noCase", Expected.rejected("CASE_NOT_FOUND"));
    }
}
