package org.govhub.connectors.housing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of the sale-contract filing share request against contracts/agencies/housing.v1.yaml. */
class HousingSaleContractFilingRequestContractTest extends AgencyConnectorContract {

    HousingSaleContractFilingRequestContractTest() {
        super("contracts/agencies/housing.v1.yaml", "/housing", "POST", "/api/v1/filing-share-requests");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        HousingConnectorProperties props = new HousingConnectorProperties();
        props.setBaseUrl(endpoint.getBaseUrl());
        props.setConnectTimeout(endpoint.getConnectTimeout());
        props.setReadTimeout(endpoint.getReadTimeout());
        props.setApiKey("k");
        return new HousingSaleContractFilingRequestHandler(props, new ObjectMapper());
    }

    @Override
    protected AgencyCommand command() {
        return HousingSaleContractFilingRequestCommands.command();
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "202/accepted", Expected.applied(),
                "400/invalid", Expected.rejected("INVALID_REQUEST"),
                "404/noFiling", Expected.rejected("NO_FILING"));
    }
}
