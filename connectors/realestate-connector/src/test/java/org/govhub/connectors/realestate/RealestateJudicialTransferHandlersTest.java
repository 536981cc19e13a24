package org.govhub.connectors.realestate;

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
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M7's two calls to the registry: the registration once the taxes are paid, and its cancellation. */
class RealestateJudicialTransferHandlersTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/realestate.v1.yaml", "/realestate");

    private static final String REGISTER = "/realestate/api/v1/judicial-transfers";
    private static final String CANCEL = "/realestate/api/v1/judicial-transfers/cancellations";
    private static final String CASE = "（2026）鲁1526执301号";
    private static final String UNIT = "371526007001GB00700F00010101";

    private final ObjectMapper mapper = new ObjectMapper();
    private RealestateJudicialTransferRegistrationHandler registration;
    private RealestateJudicialTransferCancellationHandler cancellation;

    @BeforeEach
    void handlers() {
        registration = new RealestateJudicialTransferRegistrationHandler(stub.endpoint(Duration.ofSeconds(20)), "t", mapper);
        cancellation = new RealestateJudicialTransferCancellationHandler(stub.endpoint(Duration.ofSeconds(20)), "t", mapper);
    }

    @Test
    void theRegistrationIsAppliedAndCarriesOnlyTheAllowedFields() throws Exception {
        answer(REGISTER, 201, """
                {"registrationNo":"SF2026000001","caseNumber":"%s","unitNumber":"%s",
                 "certificateNo":"鲁(2026)高唐县不动产权第0100001号","status":"REGISTERED"}""".formatted(CASE, UNIT));

        assertThat(registration.handle(registrationCommand())).isEqualTo(AgencyResult.applied("SF2026000001"));
        stub.server().verify(postRequestedFor(urlEqualTo(REGISTER)).withHeader("Authorization", equalTo("Bearer t"))
                .withRequestBody(equalToJson("""
                        {"commandId":"x:M7:realestate:judicial-transfer-registration","caseNumber":"%s","unitNumber":"%s",
                         "taxPaymentCertificateNo":"WS371526202600001","paidOn":"2026-11-24",
                         "transferee":{"name":"高唐县鑫源小额贷款有限公司","idType":"USCC","idNumber":"91371526MA3C7001X6"}}"""
                        .formatted(CASE, UNIT))));
    }

    @Test
    void eachDocumentedRefusalIsARejection() throws Exception {
        answer(REGISTER, 404, """
                {"code":"UNIT_NOT_FOUND","message":"no unit with this unit number is registered"}""");
        assertThat(registration.handle(registrationCommand()).reasonCode()).isEqualTo("UNIT_NOT_FOUND");

        answer(REGISTER, 409, """
                {"code":"UNIT_TRANSFERRED_UNDER_OTHER_CASE","message":"the unit was already transferred under another court case"}""");
        assertThat(registration.handle(registrationCommand()).reasonCode()).isEqualTo("UNIT_TRANSFERRED_UNDER_OTHER_CASE");

        answer(REGISTER, 400, """
                {"code":"INVALID_REQUEST","message":"caseNumber: must be （year）court code, case type, number and 号"}""");
        assertThat(registration.handle(registrationCommand()).status()).isEqualTo(OutcomeStatus.REJECTED);
    }

    @Test
    void anUndocumentedCodeBreaksTheContractAndAnOutageIsTransient() {
        stub.expectViolations();
        answer(REGISTER, 409, """
                {"code":"LOCKED","message":"?"}""");
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(ContractViolationException.class);

        stub.server().stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void theCancellationIsAppliedOrHasNothingToUndo() throws Exception {
        answer(CANCEL, 200, """
                {"registrationNo":"SF2026000001","caseNumber":"%s","unitNumber":"%s","status":"CANCELLED"}""".formatted(CASE, UNIT));
        assertThat(cancellation.handle(cancellationCommand())).isEqualTo(AgencyResult.applied("SF2026000001"));

        answer(CANCEL, 404, """
                {"code":"REGISTRATION_NOT_FOUND","message":"no transfer is registered under this case for this unit"}""");
        AgencyResult nothing = cancellation.handle(cancellationCommand());
        assertThat(nothing.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(nothing.reasonCode()).isEqualTo("NOTHING_REGISTERED");

        stub.server().stubFor(post(urlEqualTo(CANCEL)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> cancellation.handle(cancellationCommand())).isInstanceOf(AgencyUnavailableException.class);
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand registrationCommand() {
        ObjectNode data = mapper.createObjectNode().put("caseNumber", CASE).put("unitNumber", UNIT)
                .put("taxPaymentCertificateNo", "WS371526202600001").put("paidOn", "2026-11-24");
        data.putObject("taxpayer").put("name", "高唐县鑫源小额贷款有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C7001X6");
        return new AgencyCommand("x:M7:realestate:judicial-transfer-registration", "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61",
                "evt", "M7", "realestate", "judicial-transfer-registration", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"),
                null, data);
    }

    private AgencyCommand cancellationCommand() {
        ObjectNode data = mapper.createObjectNode().put("caseNumber", CASE).put("unitNumber", UNIT)
                .put("withdrawnOn", "2026-11-25").put("reason", "ORDER_REVOKED");
        return new AgencyCommand("y:M7:realestate:judicial-transfer-cancellation", "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61",
                "evt", "M7", "realestate", "judicial-transfer-cancellation", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"),
                null, data);
    }
}
