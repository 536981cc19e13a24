package org.govhub.connectors.realestate;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M9's unit look-up against the registry's published contract. */
class RealestateUnitBasicsQueryTest {

    @RegisterExtension
    static AgencyContractStub realestate = new AgencyContractStub("contracts/agencies/realestate.v1.yaml", "/realestate");

    private static final String UNIT = "371526002002GB00001F00020202";
    private static final String PATH = "/realestate/api/v1/units/" + UNIT;
    private static final String ANSWER = """
            {"unitNumber":"%s","certificateNo":"鲁(2016)高唐县不动产权第0001007号",
             "address":"山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室","divisionCode":"371526",
             "area":115.04,"use":"住宅","owner":{"name":"何敏","idType":"RESIDENT_ID","idNumber":"37152619721226791X"}}"""
            .formatted(UNIT);

    private final ObjectMapper mapper = new ObjectMapper();
    private RealestateUnitBasicsQuery query;

    @BeforeEach
    void pointAtStub() {
        query = new RealestateUnitBasicsQuery(realestate.endpoint(Duration.ofSeconds(5)), "test-token", mapper);
    }

    @Test
    void answersTheUnitsOwnFactsInTheCataloguesNamesAndNeverTheOwner() throws Exception {
        answer(okJson(ANSWER));

        JsonNode unit = query.lookup(UNIT).orElseThrow();

        assertThat(unit).isEqualTo(mapper.readTree("""
                {"unitNumber":"%s","address":"山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室",
                 "use":"住宅","area":115.04}""".formatted(UNIT)));
        assertThat(realestate.server().getAllServeEvents()).singleElement()
                .satisfies(e -> assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer test-token"));
    }

    @Test
    void anUnknownUnitIsEmpty() throws Exception {
        answer(json(404, "{\"code\":\"UNIT_NOT_FOUND\",\"message\":\"no unit with this unit number is registered\"}"));
        assertThat(query.lookup(UNIT)).isEmpty();
    }

    @Test
    void aServerErrorIsUnavailable() {
        answer(aResponse().withStatus(503));
        assertThatThrownBy(() -> query.lookup(UNIT)).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aResetConnectionIsUnavailable() {
        // The status only keeps the stub's own record of the exchange within the contract.
        answer(aResponse().withStatus(503).withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThatThrownBy(() -> query.lookup(UNIT)).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anAnswerAfterTheReadTimeoutIsUnavailable() {
        RealestateUnitBasicsQuery impatient = new RealestateUnitBasicsQuery(realestate.endpoint(Duration.ofMillis(300)),
                "test-token", mapper);
        answer(okJson(ANSWER).withFixedDelay(1_500));
        assertThatThrownBy(() -> impatient.lookup(UNIT)).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anAnswerWithoutTheUnitsFactsBreaksTheContract() {
        realestate.expectViolations();
        answer(okJson("{\"unitNumber\":\"" + UNIT + "\"}"));
        assertThatThrownBy(() -> query.lookup(UNIT)).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aRefusedTokenIsACredentialsFailure() {
        answer(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"missing or invalid bearer token\"}"));
        assertThatThrownBy(() -> query.lookup(UNIT)).isInstanceOf(AgencyAuthenticationException.class);
    }

    private void answer(ResponseDefinitionBuilder response) {
        realestate.server().stubFor(get(urlEqualTo(PATH)).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
