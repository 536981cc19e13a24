package org.govhub.simulators.support.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Checks a simulator's real request/response pairs against its agency's published OpenAPI
 * document, so that a simulator cannot drift from the contract its connector is tested
 * against. Use with MockMvc: {@code contract.assertConforms(mvc.perform(...).andReturn())}.
 */
public final class OpenApiContract {

    private final OpenApiInteractionValidator validator;
    private final String basePath;

    /**
     * @param openApiClasspathLocation e.g. {@code contracts/agencies/water.v1.yaml}
     * @param basePath the agency's path prefix in the simulator, e.g. {@code /water}, stripped
     *                 before matching the document's paths
     */
    public OpenApiContract(String openApiClasspathLocation, String basePath) {
        this.validator = validatorFor(openApiClasspathLocation);
        this.basePath = basePath;
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
     * {@code type} and {@code additionalProperties}. The agency documents keep to the part of
     * 3.1 that 3.0 shares, so the validator reads them as 3.0.3; a 3.1-only keyword then fails
     * at load.
     */
    static OpenApiInteractionValidator validatorFor(String classpathLocation) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(classpathLocation)) {
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

    /** The validation report of one exchange; empty messages mean it conforms. */
    public ValidationReport validate(MvcResult result) {
        MockHttpServletRequest req = result.getRequest();
        MockHttpServletResponse res = result.getResponse();
        String path = req.getRequestURI();
        if (path.startsWith(basePath)) {
            path = path.substring(basePath.length());
        }
        SimpleRequest.Builder rb = new SimpleRequest.Builder(Request.Method.valueOf(req.getMethod()), path);
        for (String name : java.util.Collections.list(req.getHeaderNames())) {
            rb.withHeader(name, java.util.Collections.list(req.getHeaders(name)));
        }
        req.getParameterMap().forEach((k, v) -> {
            if (req.getQueryString() != null && req.getQueryString().contains(k + "=")) {
                rb.withQueryParam(k, v);
            }
        });
        byte[] body = req.getContentAsByteArray();
        if (body != null && body.length > 0) {
            rb.withBody(new String(body, StandardCharsets.UTF_8));
        }
        SimpleResponse.Builder sb = SimpleResponse.Builder.status(res.getStatus());
        for (String name : res.getHeaderNames()) {
            Collection<String> values = res.getHeaders(name);
            sb.withHeader(name, values.toArray(String[]::new));
        }
        try {
            String content = res.getContentAsString(StandardCharsets.UTF_8);
            if (!content.isEmpty()) {
                sb.withBody(content);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return validator.validate(rb.build(), sb.build());
    }

    /** Fails with every violation listed when the exchange breaks the contract. */
    public void assertConforms(MvcResult result) {
        ValidationReport report = validate(result);
        if (report.hasErrors()) {
            throw new AssertionError("breaks " + basePath + " contract: " + report.getMessages());
        }
    }
}
