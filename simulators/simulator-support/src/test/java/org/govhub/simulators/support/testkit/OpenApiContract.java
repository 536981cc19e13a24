package org.govhub.simulators.support.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.govhub.contracts.testkit.AgencyDocuments;
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
        this.validator = AgencyDocuments.validator(openApiClasspathLocation);
        this.basePath = basePath;
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

    /**
     * Fails when the answer breaks the contract, ignoring what is wrong with the request: for
     * requests that are malformed on purpose, whose 400 answer must still be the documented one.
     */
    public void assertAnswerConforms(MvcResult result) {
        java.util.List<ValidationReport.Message> broken = validate(result).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !m.getKey().startsWith("validation.request"))
                .toList();
        if (!broken.isEmpty()) {
            throw new AssertionError("answer breaks " + basePath + " contract: " + broken);
        }
    }
}
