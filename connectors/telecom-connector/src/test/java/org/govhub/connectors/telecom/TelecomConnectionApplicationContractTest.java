package org.govhub.connectors.telecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of the installation order against contracts/agencies/telecom.v1.yaml. */
class TelecomConnectionApplicationContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    TelecomConnectionApplicationContractTest() {
        super("contracts/agencies/telecom.v1.yaml", "/telecom", "POST", "/open/v1/install-orders");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new TelecomConnectionApplicationHandler(endpoint, "test-telecom-token", mapper);
    }

    @Override
    protected AgencyCommand command() {
        return TelecomCommands.command(mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "200/accepted", Expected.applied(),
                "200/noFibre", Expected.rejected("NO_FIBRE"),
                "200/notReady", Expected.rejected("NOT_READY"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }
}
