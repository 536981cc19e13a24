package org.govhub.connectors.publicsecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of the household-registration share request against contracts/agencies/publicsecurity.v1.yaml. */
class PublicsecurityHouseholdRegistrationRequestContractTest extends AgencyConnectorContract {

    PublicsecurityHouseholdRegistrationRequestContractTest() {
        super("contracts/agencies/publicsecurity.v1.yaml", "/publicsecurity", "POST", "/api/hjxx/gxsq");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        PublicSecurityConnectorProperties props = new PublicSecurityConnectorProperties();
        props.setBaseUrl(endpoint.getBaseUrl());
        props.setConnectTimeout(endpoint.getConnectTimeout());
        props.setReadTimeout(endpoint.getReadTimeout());
        props.setUsername("u");
        props.setPassword("p");
        return new PublicsecurityHouseholdRegistrationRequestHandler(props, new ObjectMapper());
    }

    @Override
    protected AgencyCommand command() {
        return PublicsecurityHouseholdRegistrationRequestCommands.command();
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "200/accepted", Expected.applied(),
                "200/notFound", Expected.rejected("PERSON_NOT_FOUND"),
                "400/invalid", Expected.rejected("INVALID_REQUEST"));
    }
}
