package org.govhub.connectors.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M8's request to housing, against a stub checked against contracts/agencies/housing.v1.yaml. */
class HousingSaleContractFilingRequestHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/housing.v1.yaml", "/housing");

    private static final String COMMAND_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M8:housing:x";
    private static final String PATH = "/housing/api/v1/filing-share-requests";

    private final ObjectMapper mapper = new ObjectMapper();
    private HousingSaleContractFilingRequestHandler handler;

    @BeforeEach
    void handler() {
        HousingConnectorProperties props = new HousingConnectorProperties();
        props.setBaseUrl(stub.endpoint(Duration.ofSeconds(20)).getBaseUrl());
        props.setReadTimeout(Duration.ofSeconds(20));
        props.setApiKey("k");
        handler = new HousingSaleContractFilingRequestHandler(props, mapper);
    }

    @Test
    void anAcceptedRequestIsAppliedAndCarriesOnlyTheAllowedFields() throws Exception {
        answer(202, """
                {"requestId":"x","filingNo":"GTBA-2026-000101","status":"ACCEPTED"}""");

        assertThat(handler.handle(command()).status()).isEqualTo(OutcomeStatus.APPLIED);
        stub.server().verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"requestId":"%s","applicationNo":"XF20261125-0001","unitNumber":"371526008001GB00801F00010101",
                 "buyer":{"name":"孙红梅","idType":"RESIDENT_ID","idNumber":"371526198306242822"}}""".formatted(COMMAND_ID))));
    }

    @Test
    void theDocumentedRefusalIsARejection() throws Exception {
        answer(404, """
                {"code":"FILING_NOT_FOUND","message":"no filed sale contract of this buyer for this unit"}""");

        assertThat(handler.handle(command()).reasonCode()).isEqualTo("NO_FILING");
    }

    @Test
    void outagesAndResetsAreTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anAnswerThatIsNotJsonBreaksTheContract() {
        stub.expectViolations();
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{")));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void refusedCredentialsFailWithoutRetry() {
        stub.expectViolations();
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyAuthenticationException.class);
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
        ObjectNode data = mapper.createObjectNode().put("applicationNo", "XF20261125-0001");
        data.put("unitNumber", "371526008001GB00801F00010101");
        data.putObject("buyer").put("name", "孙红梅").put("idType", "RESIDENT_ID").put("idNumber", "371526198306242822");
        return new AgencyCommand(COMMAND_ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt", "M8", "housing",
                HousingSaleContractFilingRequestHandler.COMMAND, OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
