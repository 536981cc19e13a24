package org.govhub.connectors.credit;

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

/** M9's evaluation look-up against the credit platform's published contract. */
class CreditComprehensiveEvaluationQueryTest {

    @RegisterExtension
    static AgencyContractStub credit = new AgencyContractStub("contracts/agencies/credit.v1.yaml", "/credit");

    private static final String USCC = "91371526MA3TCULH0C";
    private static final String PATH = "/credit/api/evaluations/" + USCC;

    private final ObjectMapper mapper = new ObjectMapper();

    CreditComprehensiveEvaluationQuery query(Duration timeout) {
        return new CreditComprehensiveEvaluationQuery(credit.endpoint(timeout), "test-credit-token", mapper);
    }

    @Test
    void answersTheEvaluationInForceInTheCataloguesNames() throws Exception {
        answer(okJson("{\"uscc\":\"" + USCC + "\",\"creditClass\":\"B\",\"version\":3,\"evaluatedOn\":\"2026-11-25\"}"));

        JsonNode evaluation = query(Duration.ofSeconds(5)).lookup(USCC).orElseThrow();

        assertThat(evaluation).isEqualTo(mapper.readTree(
                "{\"uscc\":\"" + USCC + "\",\"evaluationClass\":\"B\",\"evaluatedOn\":\"2026-11-25\"}"));
        assertThat(credit.server().getAllServeEvents()).singleElement().satisfies(e ->
                assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer test-credit-token"));
    }

    @Test
    void anEnterpriseWithoutAnEvaluationIsEmpty() throws Exception {
        answer(json(404, "{\"error\":\"UNKNOWN_ENTERPRISE\",\"detail\":\"法人库中无此主体\"}"));
        assertThat(query(Duration.ofSeconds(5)).lookup(USCC)).isEmpty();
    }

    @Test
    void outagesResetsAndTimeoutsAreUnavailable() {
        answer(aResponse().withStatus(503).withHeader("Content-Type", "text/plain").withBody("credit is down"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(AgencyUnavailableException.class);
        // The status and body only keep the stub's own record of the exchange within the contract.
        answer(aResponse().withStatus(503).withHeader("Content-Type", "text/plain").withBody("credit is down")
                .withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(AgencyUnavailableException.class);
        answer(okJson("{\"uscc\":\"" + USCC + "\",\"creditClass\":\"B\",\"version\":3,\"evaluatedOn\":\"2026-11-25\"}")
                .withFixedDelay(1_500));
        assertThatThrownBy(() -> query(Duration.ofMillis(300)).lookup(USCC)).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anAnswerAboutAnotherEnterpriseOrWithoutItsFactsBreaksTheContract() {
        credit.expectViolations();
        answer(okJson("{\"uscc\":\"" + USCC + "\",\"creditClass\":\"B\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
        answer(okJson("{\"uscc\":\"91371526MA3N10009J\",\"creditClass\":\"B\",\"version\":3,\"evaluatedOn\":\"2026-11-25\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
        answer(okJson("{\"uscc\":\"" + USCC + "\",\"creditClass\":\"F\",\"version\":3,\"evaluatedOn\":\"2026-11-25\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
        answer(json(404, "{\"error\":\"UNKNOWN_RECORD\",\"detail\":\"?\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aRefusedTokenIsACredentialsFailure() {
        answer(json(401, "{\"error\":\"UNAUTHORIZED\",\"detail\":\"令牌无效\"}"));
        assertThatThrownBy(() -> query(Duration.ofSeconds(5)).lookup(USCC)).isInstanceOf(AgencyAuthenticationException.class);
    }

    private void answer(ResponseDefinitionBuilder response) {
        credit.server().stubFor(get(urlEqualTo(PATH)).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
