package org.govhub.connectors.support.testkit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.govhub.connectors.support.AgencyEndpointProperties;
import java.time.Duration;
import org.govhub.contracts.testkit.AgencyDocuments;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One WireMock server standing in for one agency system, on loopback, whose every request and
 * response is checked against that agency's published OpenAPI document. Register it with
 * {@code @RegisterExtension}; a test fails after it ran if any exchange broke the contract,
 * unless the test said it expects a violation ({@link #expectViolations()}), as the tests of a
 * contract-breaking agency do.
 *
 * <pre>
 * &#64;RegisterExtension
 * static AgencyContractStub water = new AgencyContractStub("contracts/agencies/water.v1.yaml", "/water");
 * </pre>
 */
public final class AgencyContractStub implements BeforeEachCallback, AfterEachCallback {

    private final String openApiClasspathLocation;
    private final String basePath;
    private WireMockServer server;
    private OpenApiValidationListener validation;
    private boolean violationsExpected;

    /**
     * @param openApiClasspathLocation the agency's OpenAPI document on the classpath
     * @param basePath the path prefix of the agency's API (its OpenAPI {@code servers} path), or ""
     */
    public AgencyContractStub(String openApiClasspathLocation, String basePath) {
        this.openApiClasspathLocation = openApiClasspathLocation;
        this.basePath = basePath;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
            validation = new OpenApiValidationListener(AgencyDocuments.validator(openApiClasspathLocation));
            // A faulted exchange (connection reset, garbage) has no HTTP response to check.
            server.addMockServiceRequestListener((request, response) -> {
                if (response.getFault() == null) {
                    validation.requestReceived(request, response);
                }
            });
            server.start();
        }
        server.resetAll();
        validation.reset();
        violationsExpected = false;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (validation == null) {
            return; // beforeEach failed; its error is the one to see
        }
        try {
            if (!violationsExpected && context.getExecutionException().isEmpty()) {
                validation.assertValidationPassed();
            }
        } finally {
            validation.reset();
        }
    }

    /** This test makes the stub break the contract on purpose; do not fail it for that. */
    public void expectViolations() {
        violationsExpected = true;
    }

    public WireMockServer server() {
        return server;
    }

    /** A WireMock client for stubbing and verifying against this server. */
    public WireMock client() {
        return new WireMock("127.0.0.1", server.port());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    /** Endpoint properties pointing at this stub, with short timeouts for tests. */
    public AgencyEndpointProperties endpoint(Duration readTimeout) {
        AgencyEndpointProperties p = new AgencyEndpointProperties();
        p.setBaseUrl(baseUrl());
        p.setConnectTimeout(Duration.ofSeconds(1));
        p.setReadTimeout(readTimeout);
        return p;
    }
}
