package org.govhub.connectors.support.testkit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.govhub.connectors.support.AgencyEndpointProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
            validation = new OpenApiValidationListener(validatorFor(openApiClasspathLocation));
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
        try {
            if (!violationsExpected && context.getExecutionException().isEmpty()) {
                validation.assertValidationPassed();
            }
        } finally {
            validation.reset();
        }
    }

    /**
     * swagger-request-validator reads every value of an x-www-form-urlencoded body that looks
     * like a number or a boolean as one, so a digit-only ID number in a {@code type: string}
     * field fails as "integer". Form values are always text: ignore exactly that error.
     */
    private static final ValidationErrorsWhitelist FORM_FIELDS_ARE_TEXT = ValidationErrorsWhitelist.create()
            .withRule("form fields are text", WhitelistRules.allOf(
                    WhitelistRules.isRequest(),
                    WhitelistRules.headerContainsSubstring("Content-Type", "application/x-www-form-urlencoded"),
                    WhitelistRules.messageHasKey("validation.request.body.schema.type"),
                    WhitelistRules.messageContainsSubstring("allowed: [\"string\"]")));

    /**
     * swagger-request-validator 2.x checks OpenAPI 3.1 schemas only in part: it skips
     * {@code type} and {@code additionalProperties}, so a stub would accept a field the agency
     * must never get (a price, say). The agency documents keep to the part of 3.1 that 3.0
     * shares, so the validator reads them as 3.0.3; a 3.1-only keyword then fails at load.
     */
    static OpenApiInteractionValidator validatorFor(String classpathLocation) {
        try (InputStream in = AgencyContractStub.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalArgumentException(classpathLocation + " is not on the classpath");
            }
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^openapi:[ \\t]*[\"']?3\\.1\\.\\d+[\"']?[ \\t]*$", "openapi: 3.0.3");
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .withWhitelist(FORM_FIELDS_ARE_TEXT)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
