package org.govhub.connectors.publicsecurity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M8's request to publicsecurity, against a stub checked against contracts/agencies/publicsecurity.v1.yaml: the exact request and a bad command (the standard checks: PublicsecurityHouseholdRegistrationRequestContractTest). */
class PublicsecurityHouseholdRegistrationRequestHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/publicsecurity.v1.yaml", "/publicsecurity");

    private static final String PATH = "/publicsecurity/api/hjxx/gxsq";

    private final ObjectMapper mapper = new ObjectMapper();
    private PublicsecurityHouseholdRegistrationRequestHandler handler;

    @BeforeEach
    void handler() {
        PublicSecurityConnectorProperties props = new PublicSecurityConnectorProperties();
        props.setBaseUrl(stub.endpoint(Duration.ofSeconds(20)).getBaseUrl());
        props.setReadTimeout(Duration.ofSeconds(20));
        props.setUsername("u"); props.setPassword("p");
        handler = new PublicsecurityHouseholdRegistrationRequestHandler(props, mapper);
    }

    @Test
    void anAcceptedRequestIsAppliedAndCarriesOnlyTheAllowedFields() throws Exception {
        answer(200, """
                {"jg":"1","sm":"已受理","sqbh":"x"}""");

        assertThat(handler.handle(command()).status()).isEqualTo(OutcomeStatus.APPLIED);
        stub.server().verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"sqbh":"%s","ywbh":"XF20261125-0001","xm":"孙红梅","sfzh":"371526198306242822"}""".formatted(PublicsecurityHouseholdRegistrationRequestCommands.COMMAND_ID))));
    }

    @Test
    void aCommandWithoutTheBuyerIsNotSent() {
        AgencyCommand command = command();
        ((ObjectNode) command.data()).remove("buyer");
        assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(InvalidCommandException.class);
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        return PublicsecurityHouseholdRegistrationRequestCommands.command();
    }
}
