package org.govhub.connectors.publicsecurity;

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

/** Both public security handlers against a stub that enforces contracts/agencies/publicsecurity.v1.yaml. */
class PublicSecurityHandlersContractTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/publicsecurity.v1.yaml", "/publicsecurity");

    private static final String USCC = "91371526MA3N10009J";
    private final ObjectMapper mapper = new ObjectMapper();
    private PublicSecuritySealEngravingHandler engraving;
    private PublicSecuritySealCancellationHandler cancellation;

    @BeforeEach
    void handlers() {
        PublicSecurityConnectorProperties p = new PublicSecurityConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(60));
        p.setUsername("govhub");
        p.setPassword("test-password");
        engraving = new PublicSecuritySealEngravingHandler(p, mapper);
        cancellation = new PublicSecuritySealCancellationHandler(p, mapper);
    }

    @Test
    void aFilingSendsOnlyTheAllowedFieldsWithBasicAuthAndTheFilingNumberIsTheReference() throws Exception {
        answer("/publicsecurity/seal-filings", 201, "{\"filingNo\":\"GASZ371526000123\",\"creditCode\":\"" + USCC
                + "\",\"seals\":[{\"type\":\"OFFICIAL\",\"sealCode\":\"3715260000123\"},"
                + "{\"type\":\"FINANCE\",\"sealCode\":\"3715260000124\"}]}");

        assertThat(engraving.handle(engravingCommand())).isEqualTo(AgencyResult.applied("GASZ371526000123"));
        stub.server().verify(1, postRequestedFor(urlEqualTo("/publicsecurity/seal-filings"))
                .withHeader("Authorization", equalTo("Basic Z292aHViOnRlc3QtcGFzc3dvcmQ="))
                .withRequestBody(equalToJson("""
                        {"requestId":"x:M4:publicsecurity:seal-engraving",
                         "unit":{"creditCode":"%s","name":"高唐县恒丰食品有限公司","address":"山东省聊城市高唐县鱼丘湖街道金城路10号"},
                         "legalPerson":{"name":"张伟","certType":"RESIDENT_ID","certNo":"371526199001010013"},
                         "sealTypes":["OFFICIAL","FINANCE"]}""".formatted(USCC))));
    }

    @Test
    void aTakenNameIsARefusalAndAMalformedRequestAFailure() throws Exception {
        answer("/publicsecurity/seal-filings", 409, "{\"error\":\"SEAL_NAME_TAKEN\",\"detail\":\"taken\"}");
        assertThat(engraving.handle(engravingCommand()).reasonCode()).isEqualTo("SEAL_NAME_TAKEN");
        answer("/publicsecurity/seal-filings", 400, "{\"error\":\"INVALID_REQUEST\",\"detail\":\"unit.creditCode: wrong\"}");
        AgencyResult invalid = engraving.handle(engravingCommand());
        assertThat(invalid.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(invalid.reason()).contains("unit.creditCode");
    }

    @Test
    void anAnswerAboutAnotherEnterpriseOrMissingSealsBreaksTheContract() {
        stub.expectViolations();
        answer("/publicsecurity/seal-filings", 201, "{\"filingNo\":\"GASZ371526000123\",\"creditCode\":\"91371526MA3N10375E\",\"seals\":[]}");
        assertThatThrownBy(() -> engraving.handle(engravingCommand())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("creditCode");
        answer("/publicsecurity/seal-filings", 201, "{\"filingNo\":\"GASZ371526000123\",\"creditCode\":\"" + USCC + "\",\"seals\":[]}");
        assertThatThrownBy(() -> engraving.handle(engravingCommand())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("seals");
    }

    @Test
    void outagesAndRefusedCredentials() {
        stub.expectViolations();
        answer("/publicsecurity/seal-filings", 503, "{}");
        assertThatThrownBy(() -> engraving.handle(engravingCommand())).isInstanceOf(AgencyUnavailableException.class);
        answer("/publicsecurity/seal-filings", 401, "{\"error\":\"UNAUTHORIZED\"}");
        assertThatThrownBy(() -> engraving.handle(engravingCommand())).isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aCancellationCancelsHasNothingToCancelOrIsRefusedForSeizedSeals() throws Exception {
        String path = "/publicsecurity/seal-filings/cancellations";
        answer(path, 200, "{\"cancellationNo\":\"GAZX371526000045\",\"creditCode\":\"" + USCC + "\",\"sealsCancelled\":3}");
        assertThat(cancellation.handle(cancellationCommand())).isEqualTo(AgencyResult.applied("GAZX371526000045"));
        answer(path, 404, "{\"error\":\"NO_FILING\",\"detail\":\"none\"}");
        assertThat(cancellation.handle(cancellationCommand()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        answer(path, 409, "{\"error\":\"SEALS_SEIZED\",\"detail\":\"held\"}");
        assertThat(cancellation.handle(cancellationCommand()).reasonCode()).isEqualTo("SEALS_SEIZED");
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand engravingCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("address", "山东省聊城市高唐县鱼丘湖街道金城路10号");
        data.putObject("legalRepresentative").put("name", "张伟").put("idType", "RESIDENT_ID")
                .put("idNumber", "371526199001010013");
        data.putArray("seals").add("OFFICIAL").add("FINANCE");
        return new AgencyCommand("x:M4:publicsecurity:seal-engraving", "x", "e", "M4", "publicsecurity",
                "seal-engraving", OffsetDateTime.now(), null, data);
    }

    private AgencyCommand cancellationCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("deregisteredDate", "2026-11-25");
        return new AgencyCommand("x:M5:publicsecurity:seal-cancellation", "x", "e", "M5", "publicsecurity",
                "seal-cancellation", OffsetDateTime.now(), null, data);
    }
}
