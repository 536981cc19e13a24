package org.govhub.connectors.civil;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of the marriage-status share request against contracts/agencies/civil.v1.yaml. */
class CivilMarriageStatusRequestContractTest extends AgencyConnectorContract {

    CivilMarriageStatusRequestContractTest() {
        super("contracts/agencies/civil.v1.yaml", "/civil", "POST", "/api/marriage/share-requests");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        CivilConnectorProperties props = new CivilConnectorProperties();
        props.setBaseUrl(endpoint.getBaseUrl());
        props.setConnectTimeout(endpoint.getConnectTimeout());
        props.setReadTimeout(endpoint.getReadTimeout());
        props.setApiToken("t");
        return new CivilMarriageStatusRequestHandler(props, new ObjectMapper());
    }

    @Override
    protected AgencyCommand command() {
        return CivilMarriageStatusRequestCommands.command();
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "202/accepted", Expected.applied(),
                "400/invalid", Expected.rejected("INVALID_REQUEST"));
    }
}
