package org.govhub.connectors.support.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stub every connector test runs against fails the test when the connector's request, or
 * the answer the test serves, breaks the agency's contract: so a connector that drifts from its
 * contract fails the build.
 */
class AgencyContractStubTest {

    private static final String PATH = "/civil/api/marriage/share-requests";
    private static final ExtensionContext PASSED = (ExtensionContext) Proxy.newProxyInstance(
            AgencyContractStubTest.class.getClassLoader(), new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) -> method.getName().equals("getExecutionException") ? Optional.empty() : null);

    private final AgencyContractStub stub = new AgencyContractStub("contracts/agencies/civil.v1.yaml", "/civil");

    @BeforeEach
    void start() {
        stub.beforeEach(PASSED);
    }

    @AfterEach
    void stop() {
        stub.server().stop();
    }

    @Test
    void aRequestAndAnswerAsTheContractSaysPass() throws Exception {
        accepted("{\"request_id\":\"r-1\",\"status\":\"ACCEPTED\"}");
        send("{\"request_id\":\"r-1\",\"application_no\":\"XF20261125-0001\",\"name\":\"孙红梅\","
                + "\"id_number\":\"371526198306242822\"}");
        assertThatCode(() -> stub.afterEach(PASSED)).doesNotThrowAnyException();
    }

    @Test
    void aConnectorsRequestWithoutARequiredFieldFailsTheTest() throws Exception {
        accepted("{\"request_id\":\"r-1\",\"status\":\"ACCEPTED\"}");
        send("{\"request_id\":\"r-1\",\"application_no\":\"XF20261125-0001\",\"name\":\"孙红梅\"}");
        assertThatThrownBy(() -> stub.afterEach(PASSED)).hasMessageContaining("id_number");
    }

    @Test
    void anAnswerOutsideTheContractFailsTheTestUnlessTheTestExpectsIt() throws Exception {
        accepted("{\"request_id\":\"r-1\",\"status\":\"OK\"}");
        send("{\"request_id\":\"r-1\",\"application_no\":\"XF20261125-0001\",\"name\":\"孙红梅\","
                + "\"id_number\":\"371526198306242822\"}");
        assertThatThrownBy(() -> stub.afterEach(PASSED)).hasMessageContaining("OK");

        stub.beforeEach(PASSED);
        stub.expectViolations();
        accepted("{\"request_id\":\"r-1\",\"status\":\"OK\"}");
        send("{\"request_id\":\"r-1\",\"application_no\":\"XF20261125-0001\",\"name\":\"孙红梅\","
                + "\"id_number\":\"371526198306242822\"}");
        assertThatCode(() -> stub.afterEach(PASSED)).doesNotThrowAnyException();
    }

    private void accepted(String body) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private void send(String body) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/api/marriage/share-requests"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
