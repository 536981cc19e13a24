package org.govhub.connectors.approval;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M9's enterprise look-up against the approval bureau's published contract. */
class ApprovalEnterpriseRegistrationQueryTest {

    @RegisterExtension
    static AgencyContractStub approval = new AgencyContractStub("contracts/agencies/approval.v1.yaml", "/approval");

    private static final String USCC = "91371526MA3N174039";
    private static final String PATH = "/approval/api/v1/enterprises/" + USCC;
    private static final String ANSWER = """
            {"uscc":"%s","name":"高唐县盛源科技有限公司","enterpriseType":"LIMITED_LIABILITY_COMPANY",
             "address":"山东省聊城市高唐县人和街道时风路70号","establishedDate":"2024-01-10","status":"%s"}""";

    private final ObjectMapper mapper = new ObjectMapper();

    ApprovalEnterpriseRegistrationQuery query(Duration timeout) {
        ApprovalConnectorProperties p = new ApprovalConnectorProperties();
        p.setBaseUrl(approval.baseUrl());
        p.setReadTimeout(timeout);
        p.setApiToken("test-approval-token");
        return new ApprovalEnterpriseRegistrationQuery(p, mapper);
    }

    @Test
    void answersTheEnterpriseInTheCataloguesNamesAndStatusWords() throws Exception {
        answer(okJson(ANSWER.formatted(USCC, "REGISTERED")));

        JsonNode enterprise = query(Duration.ofSeconds(5)).lookup(USCC).orElseThrow();

        assertThat(enterprise).isEqualTo(mapper.readTree("""
                {"uscc":"%s","enterpriseName":"高唐县盛源科技有限公司","enterpriseType":"LIMITED_LIABILITY_COMPANY",
                 "registeredAddress":"山东省聊城市高唐县人和街道时风路70号","establishedOn":"2024-01-10",
                 "registrationStatus":"ACTIVE"}""".formatted(USCC)));
        assertThat(approval.server().getAllServeEvents()).singleElement().satisfies(e ->
                assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer test-approval-token"));
        answer(okJson(ANSWER.formatted(USCC, "DEREGISTERED")));
        assertThat(query(Duration.ofSeconds(5)).lookup(USCC).orElseThrow().path("registrationStatus").asText())
                .isEqualTo("DEREGISTERED");
    }

    @Test
    void anUnregisteredEnterpriseIsEmpty() throws Exception {
        answer(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no enterprise with this unified social credit code is registered\"}"));
        assertThat(query(Duration.ofSeconds(5)).lookup(USCC)).isEmpty();
    }

    @Test
    void outagesResetsAndTimeoutsAreUnavailable() {
        answer(aResponse().withStatus(503).withHeader("Content-Type", "text/plain").withBody("approval is down"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(AgencyUnavailableException.class);
        // The status and body only keep the stub's own record of the exchange within the contract.
        answer(aResponse().withStatus(503).withHeader("Content-Type", "text/plain").withBody("approval is down")
                .withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(AgencyUnavailableException.class);
        answer(okJson(ANSWER.formatted(USCC, "REGISTERED")).withFixedDelay(1_500));
        assertThatThrownBy(() -> query(Duration.ofMillis(300)).lookup(USCC)).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anAnswerAboutAnotherEnterpriseOrWithoutItsFactsBreaksTheContract() {
        approval.expectViolations();
        answer(okJson("{\"uscc\":\"" + USCC + "\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
        answer(okJson(ANSWER.formatted("91371526MA3N10009J", "REGISTERED")));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
        answer(okJson(ANSWER.formatted(USCC, "SUSPENDED")));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
        answer(json(404, "{\"code\":\"CONFLICT\",\"message\":\"?\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aRefusedTokenIsACredentialsFailure() {
        answer(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"missing or unknown access token\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(AgencyAuthenticationException.class);
    }

    private void answer(ResponseDefinitionBuilder response) {
        approval.server().stubFor(get(urlEqualTo(PATH)).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
