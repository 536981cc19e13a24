package org.govhub.connectors.drainage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of 排水接入申请 against contracts/agencies/drainage.v1.yaml. */
class DrainageConnectionApplicationContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    DrainageConnectionApplicationContractTest() {
        super("contracts/agencies/drainage.v1.yaml", "/drainage", "POST", "/api/connections");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new DrainageConnectionApplicationHandler(endpoint, "govhub", "test-drainage-password", mapper);
    }

    @Override
    protected AgencyCommand command() {
        return DrainageCommands.command(mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "201/accepted", Expected.applied(),
                "422/noSewer", Expected.rejected("NO_SEWER"),
                "422/pretreatment", Expected.rejected("PRETREATMENT_REQUIRED"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }
}
