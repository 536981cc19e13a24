package org.govhub.connectors.bank;

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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuth;
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

/** Both bank handlers against a stub that enforces contracts/agencies/bank.v1.yaml, signature included. */
class BankHandlersContractTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/bank.v1.yaml", "/bank");

    private static final String USCC = "91371526MA3N10009J";
    private static final String OPEN = "/bank/accounts/openings";
    private static final String CLOSE = "/bank/accounts/closures";
    private static final String OPEN_ID = "x:M4:bank:account-opening";
    private static final String CLOSE_ID = "x:M5:bank:account-closure";
    private static final String SECRET = "test-bank-secret";

    private final ObjectMapper mapper = new ObjectMapper();
    private BankAccountOpeningHandler opening;
    private BankAccountClosureHandler closure;

    @BeforeEach
    void handlers() {
        BankConnectorProperties p = new BankConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setConnectTimeout(Duration.ofSeconds(1));
        p.setReadTimeout(Duration.ofSeconds(60));
        p.setClientId("govhub");
        p.setClientSecret(SECRET);
        opening = new BankAccountOpeningHandler(p, mapper);
        closure = new BankAccountClosureHandler(p, mapper);
    }

    @Test
    void anOpeningIsSignedCarriesOnlyTheAllowedFieldsAndTheAccountIsTheReference() throws Exception {
        answer(OPEN, 200, "{\"resultCode\":\"SUCCESS\",\"requestNo\":\"" + OPEN_ID
                + "\",\"accountNo\":\"1611000000000007001\",\"accountType\":\"BASIC\",\"openedAt\":\"2026-11-25T10:02:11+08:00\"}");

        AgencyResult result = opening.handle(openingCommand());

        assertThat(result).isEqualTo(AgencyResult.applied("1611000000000007001"));
        stub.server().verify(1, postRequestedFor(urlEqualTo(OPEN)).withHeader("X-Bank-Client", equalTo("govhub"))
                .withRequestBody(equalToJson("""
                        {"requestNo":"%s","uscc":"%s","companyName":"高唐县恒丰食品有限公司",
                         "companyType":"LIMITED_LIABILITY_COMPANY","registeredAddress":"山东省聊城市高唐县鱼丘湖街道金城路10号",
                         "registeredCapital":"2820000.00",
                         "legalRep":{"name":"张伟","idType":"RESIDENT_ID","idNo":"371526199001010013","mobile":"13905351234"},
                         "bankCode":"102426200017","branchName":"中国工商银行高唐支行"}""".formatted(OPEN_ID, USCC))));
        LoggedRequest sent = stub.server().findAll(postRequestedFor(urlEqualTo(OPEN))).get(0);
        String timestamp = sent.getHeader("X-Bank-Timestamp");
        assertThat(sent.getHeader("X-Bank-Signature"))
                .isEqualTo(AgencyAuth.hmacSha256Hex(SECRET, timestamp + "\n" + sent.getBodyAsString()));
    }

    @Test
    void aRefusalAndAnExistingAccountAreOutcomes() throws Exception {
        answer(OPEN, 200, "{\"resultCode\":\"KYC_REFUSED\",\"requestNo\":\"" + OPEN_ID + "\",\"message\":\"no\"}");
        assertThat(opening.handle(openingCommand()).status()).isEqualTo(OutcomeStatus.REJECTED);
        answer(OPEN, 200, "{\"resultCode\":\"ACCOUNT_EXISTS\",\"requestNo\":\"" + OPEN_ID + "\",\"message\":\"has one\"}");
        assertThat(opening.handle(openingCommand()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        answer(OPEN, 400, "{\"resultCode\":\"INVALID_REQUEST\",\"message\":\"bankCode: must be 12 digits\"}");
        AgencyResult invalid = opening.handle(openingCommand());
        assertThat(invalid.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(invalid.reason()).contains("bankCode");
    }

    @Test
    void aBadAccountNumberOrAnotherRequestsAnswerBreaksTheContract() {
        stub.expectViolations();
        answer(OPEN, 200, "{\"resultCode\":\"SUCCESS\",\"requestNo\":\"" + OPEN_ID + "\",\"accountNo\":\"ABC\"}");
        assertThatThrownBy(() -> opening.handle(openingCommand())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("accountNo");
        answer(OPEN, 200, "{\"resultCode\":\"SUCCESS\",\"requestNo\":\"other\",\"accountNo\":\"1611000000000007001\"}");
        assertThatThrownBy(() -> opening.handle(openingCommand())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("requestNo");
    }

    @Test
    void outagesTimeoutsResetsAndRefusedSignatures() {
        stub.expectViolations();
        answer(OPEN, 502, "{}");
        assertThatThrownBy(() -> opening.handle(openingCommand())).isInstanceOf(AgencyUnavailableException.class);
        stub.server().stubFor(post(urlEqualTo(OPEN)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> opening.handle(openingCommand())).isInstanceOf(AgencyUnavailableException.class);
        stub.server().stubFor(post(urlEqualTo(OPEN)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        assertThatThrownBy(() -> impatient().handle(openingCommand())).isInstanceOf(AgencyUnavailableException.class);
        answer(OPEN, 401, "{\"resultCode\":\"SIGNATURE_INVALID\",\"message\":\"no\"}");
        assertThatThrownBy(() -> opening.handle(openingCommand())).isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aClosureClosesRefusesForFundsOrHasNothingToClose() throws Exception {
        answer(CLOSE, 200, "{\"resultCode\":\"SUCCESS\",\"requestNo\":\"" + CLOSE_ID
                + "\",\"closedAccounts\":[\"1611000000000004000\"]}");
        assertThat(closure.handle(closureCommand())).isEqualTo(AgencyResult.applied("1611000000000004000"));
        answer(CLOSE, 200, "{\"resultCode\":\"BALANCE_NOT_ZERO\",\"requestNo\":\"" + CLOSE_ID + "\"}");
        assertThat(closure.handle(closureCommand()).reasonCode()).isEqualTo("BALANCE_NOT_ZERO");
        answer(CLOSE, 200, "{\"resultCode\":\"NO_ACCOUNT\",\"requestNo\":\"" + CLOSE_ID + "\"}");
        assertThat(closure.handle(closureCommand()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }

    /** An opening handler that waits only a second for the answer. */
    private BankAccountOpeningHandler impatient() {
        BankConnectorProperties p = new BankConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(1));
        p.setClientId("govhub");
        p.setClientSecret(SECRET);
        return new BankAccountOpeningHandler(p, mapper);
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand openingCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("enterpriseType", "LIMITED_LIABILITY_COMPANY").put("address", "山东省聊城市高唐县鱼丘湖街道金城路10号")
                .put("registeredCapital", "2820000.00");
        data.putObject("legalRepresentative").put("name", "张伟").put("idType", "RESIDENT_ID")
                .put("idNumber", "371526199001010013").put("phone", "13905351234");
        data.putObject("bank").put("bankCode", "102426200017").put("branchName", "中国工商银行高唐支行");
        return new AgencyCommand(OPEN_ID, "x", "e", "M4", "bank", "account-opening", OffsetDateTime.now(), null, data);
    }

    private AgencyCommand closureCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("deregisteredDate", "2026-11-25");
        return new AgencyCommand(CLOSE_ID, "x", "e", "M5", "bank", "account-closure", OffsetDateTime.now(), null, data);
    }
}
