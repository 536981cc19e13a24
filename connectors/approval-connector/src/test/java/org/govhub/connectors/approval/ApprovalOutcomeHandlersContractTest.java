package org.govhub.connectors.approval;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both approval handlers against a stub that enforces contracts/agencies/approval.v1.yaml. */
class ApprovalOutcomeHandlersContractTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/approval.v1.yaml", "/approval");

    private static final String USCC = "91371526MA3N10009J";
    private static final String ID = "x:M4:approval:startup-outcome";
    private static final String PATH = "/approval/api/v1/registrations/YCT202611250001/startup-outcome";
    private final ObjectMapper mapper = new ObjectMapper();
    private ApprovalStartupOutcomeHandler startup;

    @BeforeEach
    void handler() {
        ApprovalConnectorProperties p = new ApprovalConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(60));
        p.setApiToken("test-approval-token");
        startup = new ApprovalStartupOutcomeHandler(p, mapper);
    }

    @Test
    void theReportGoesUnderTheRegistrationNumberWithTheBankAccount() throws Exception {
        answer(PATH, 200, "{\"commandId\":\"" + ID + "\",\"status\":\"RECORDED\"}");

        assertThat(startup.handle(command())).isEqualTo(AgencyResult.applied("YCT202611250001"));
        stub.server().verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-approval-token"))
                .withRequestBody(equalToJson("""
                        {"commandId":"%s","uscc":"%s","outcome":"COMPLETED","bankAccountNo":"1611000000000007001",
                         "steps":[{"agency":"bank","status":"APPLIED","reference":"1611000000000007001"}]}"""
                        .formatted(ID, USCC))));
    }

    @Test
    void anUnknownCaseOrAnotherEnterpriseIsARefusal() throws Exception {
        answer(PATH, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such registration\"}");
        assertThat(startup.handle(command()).reasonCode()).isEqualTo("UNKNOWN_CASE");
        answer(PATH, 409, "{\"code\":\"CONFLICT\",\"message\":\"another enterprise\"}");
        assertThat(startup.handle(command()).reasonCode()).isEqualTo("ENTERPRISE_MISMATCH");
    }

    @Test
    void aReceiptForAnotherReportBreaksTheContract() {
        stub.expectViolations();
        answer(PATH, 200, "{\"commandId\":\"other\",\"status\":\"RECORDED\"}");
        assertThatThrownBy(() -> startup.handle(command())).isInstanceOf(ContractViolationException.class);
        answer(PATH, 503, "{}");
        assertThatThrownBy(() -> startup.handle(command())).isInstanceOf(AgencyUnavailableException.class);
        answer(PATH, 401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"no\"}");
        assertThatThrownBy(() -> startup.handle(command())).isInstanceOf(AgencyAuthenticationException.class);
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode().put("registrationNo", "YCT202611250001").put("uscc", USCC)
                .put("outcome", "COMPLETED").put("bankAccountNo", "1611000000000007001");
        data.putArray("steps").addObject().put("agency", "bank").put("status", "APPLIED")
                .put("reference", "1611000000000007001");
        return new AgencyCommand(ID, "x", "e", "M4", "approval", "startup-outcome", OffsetDateTime.now(), null, data);
    }
}
