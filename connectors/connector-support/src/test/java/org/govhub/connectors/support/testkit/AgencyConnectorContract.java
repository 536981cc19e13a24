package org.govhub.connectors.support.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The standard contract checks of one command of a sink connector, given its agency's OpenAPI
 * document. Extend it once per command handler:
 *
 * <pre>
 * class TelecomConnectionApplicationContractTest extends AgencyConnectorContract {
 *     TelecomConnectionApplicationContractTest() {
 *         super("contracts/agencies/telecom.v1.yaml", "/telecom", "POST", "/open/v1/install-orders");
 *     }
 *     protected CommandHandler handler(AgencyEndpointProperties endpoint) { ... }
 *     protected AgencyCommand command() { ... }
 *     protected Map&lt;String, Expected&gt; documentedAnswers() {
 *         return Map.of("200/accepted", Expected.applied(), "200/noCoverage", Expected.rejected("NO_COVERAGE"), ...);
 *     }
 * }
 * </pre>
 *
 * <p>What it checks, each a test of its own:
 * <ul>
 *   <li>every response example the document gives for the operation (named
 *       {@code <status>/<example>}) is served in turn, and the handler's answer is the one the
 *       subclass expects; a documented example the subclass does not map fails the test, so a
 *       new answer in the contract cannot go unhandled;</li>
 *   <li>the request the handler sends for {@link #command()} is valid against the document
 *       (the {@link AgencyContractStub} checks every exchange);</li>
 *   <li>a documented 401 is a refused credential (never retried), a documented 5xx is
 *       transient (retried);</li>
 *   <li>a read timeout and a reset connection are transient;</li>
 *   <li>answers that break the contract (an undocumented status, HTML instead of the documented
 *       type, a cut-off body, an empty body) fail the command with a reason
 *       ({@link ContractViolationException} or a FAILED result), never with any other exception.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one stub server per test class
public abstract class AgencyConnectorContract {

    @RegisterExtension
    protected final AgencyContractStub stub;

    private final String document;
    private final String method;
    private final String path;
    private final String basePath;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param document the agency's OpenAPI document on the classpath
     * @param basePath the path of the agency's API under the stub's root (its {@code servers} path)
     * @param method   the HTTP method of the operation, e.g. {@code POST}
     * @param path     the operation's path as the document writes it; {@code {param}}s are matched
     *                 by {@link #requestPath()}
     */
    protected AgencyConnectorContract(String document, String basePath, String method, String path) {
        this.document = document;
        this.basePath = basePath;
        this.method = method;
        this.path = path;
        this.stub = new AgencyContractStub(document, basePath);
    }

    /**
     * The handler under test, calling the agency at {@code endpoint}. The checks give it a read
     * timeout of 30 s (the stub's first validation loads the document, slowly on a busy machine),
     * except the one that makes it time out.
     */
    protected abstract CommandHandler handler(AgencyEndpointProperties endpoint);

    /** A valid command whose request the agency's document accepts. */
    protected abstract AgencyCommand command();

    /**
     * What the handler must make of each documented answer other than 401 and 5xx, keyed
     * {@code <status>/<example name>} as in the document.
     */
    protected abstract Map<String, Expected> documentedAnswers();

    /** The concrete request path the handler calls (under the base path); the document's path by default. */
    protected String requestPath() {
        return path;
    }

    /** What a handler's answer must be. */
    public record Expected(OutcomeStatus status, String reasonCode, Class<? extends Exception> thrown) {

        public static Expected applied() {
            return new Expected(OutcomeStatus.APPLIED, null, null);
        }

        public static Expected rejected(String reasonCode) {
            return new Expected(OutcomeStatus.REJECTED, reasonCode, null);
        }

        public static Expected notApplicable(String reasonCode) {
            return new Expected(OutcomeStatus.NOT_APPLICABLE, reasonCode, null);
        }

        /** FAILED without retry, with a reason code (an invalid request the agency refused, say). */
        public static Expected failed(String reasonCode) {
            return new Expected(OutcomeStatus.FAILED, reasonCode, null);
        }

        /** Retried: the agency may answer later. */
        public static Expected transientFailure() {
            return new Expected(null, null, AgencyUnavailableException.class);
        }

        /** Failed with the reason: the answer breaks the agency's contract. */
        public static Expected contractViolation() {
            return new Expected(null, null, ContractViolationException.class);
        }
    }

    @Test
    void everyDocumentedAnswerBecomesTheExpectedOutcome() {
        Map<String, Expected> expected = documentedAnswers();
        Map<String, Answer> answers = documentedExamples();
        List<String> unmapped = answers.keySet().stream()
                .filter(k -> !expected.containsKey(k) && !isStandard(answers.get(k).status())).toList();
        assertThat(unmapped).as("documented answers of %s %s in %s that documentedAnswers() does not map",
                method, path, document).isEmpty();
        List<String> undocumented = expected.keySet().stream().filter(k -> !answers.containsKey(k)).toList();
        assertThat(undocumented).as("answers documentedAnswers() maps that %s does not document", document).isEmpty();
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            Answer a = e.getValue();
            Expected want = isStandard(a.status()) ? standard(a.status()) : expected.get(e.getKey());
            serve(a.response());
            check(e.getKey(), want);
        }
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsTransient() {
        CommandHandler impatient = handler(stub.endpoint(Duration.ofMillis(300)));
        Answer success = firstSuccess();
        serve(success.response().withFixedDelay(1_500));
        try {
            impatient.handle(command());
            fail("a timed-out call must be transient");
        } catch (AgencyUnavailableException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (RuntimeException other) {
            fail("a timed-out call must be AgencyUnavailableException, not " + other, other);
        }
        // Let the stub finish the late answer here, not in the next test's journal.
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.server().getAllServeEvents().size() == 1);
    }

    @Test
    void aResetConnectionIsTransient() {
        serve(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        check("connection reset", Expected.transientFailure());
    }

    @Test
    void anAnswerCutOffMidWayIsTransientOrAContractViolation() {
        serve(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        outcome("cut-off answer", e -> e instanceof AgencyUnavailableException || e instanceof ContractViolationException);
    }

    @Test
    void answersThatBreakTheContractFailWithAReasonNeverACrash() {
        stub.expectViolations();
        Answer success = firstSuccess();
        Map<String, ResponseDefinitionBuilder> breaking = new LinkedHashMap<>();
        breaking.put("undocumented status 418", aResponse().withStatus(418)
                .withHeader("Content-Type", success.contentType()).withBody(success.body()));
        breaking.put("an HTML page", aResponse().withStatus(success.status())
                .withHeader("Content-Type", "text/html").withBody("<html><body>维护中</body></html>"));
        breaking.put("an empty body", aResponse().withStatus(success.status())
                .withHeader("Content-Type", success.contentType()));
        breaking.put("a truncated body", aResponse().withStatus(success.status())
                .withHeader("Content-Type", success.contentType())
                .withBody(success.body().substring(0, Math.max(1, success.body().length() / 2))));
        breaking.put("an unrelated document", aResponse().withStatus(success.status())
                .withHeader("Content-Type", success.contentType())
                .withBody(success.contentType().contains("xml") ? "<Other><X>1</X></Other>" : "{\"unexpected\":true}"));
        for (Map.Entry<String, ResponseDefinitionBuilder> e : breaking.entrySet()) {
            serve(e.getValue());
            outcome(e.getKey(), ex -> ex instanceof ContractViolationException && ex.getMessage() != null
                    && !ex.getMessage().isBlank());
        }
    }

    private void check(String what, Expected want) {
        AgencyResult result;
        try {
            result = handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());
        } catch (Exception e) {
            if (want.thrown() == null || !want.thrown().isInstance(e)) {
                throw new AssertionError(what + ": expected " + want + " but the handler threw " + e, e);
            }
            assertThat(e.getMessage()).as(what + ": the reason").isNotBlank();
            return;
        }
        assertThat(want.thrown()).as(what + ": expected %s, got %s", want, result).isNull();
        assertThat(result.status()).as(what).isEqualTo(want.status());
        if (want.reasonCode() != null) {
            assertThat(result.reasonCode()).as(what + ": reason code").isEqualTo(want.reasonCode());
        }
        if (result.status() != OutcomeStatus.APPLIED) {
            assertThat(result.reason()).as(what + ": a reason for people").isNotBlank();
        }
    }

    /** The handler either returns FAILED or throws an exception {@code acceptable} allows; nothing else. */
    private void outcome(String what, java.util.function.Predicate<Exception> acceptable) {
        try {
            AgencyResult result = handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());
            assertThat(result.status()).as(what + ": " + result).isEqualTo(OutcomeStatus.FAILED);
            assertThat(result.reason()).as(what).isNotBlank();
        } catch (Exception e) {
            if (!acceptable.test(e)) {
                throw new AssertionError(what + ": the handler crashed with " + e, e);
            }
        }
    }

    private boolean isStandard(int status) {
        return status == 401 || status >= 500;
    }

    private Expected standard(int status) {
        return status == 401 ? new Expected(null, null, AgencyAuthenticationException.class) : Expected.transientFailure();
    }

    private void serve(ResponseDefinitionBuilder response) {
        stub.server().resetMappings();
        stub.server().resetRequests();
        stub.server().stubFor(any(urlPathEqualTo(basePath + requestPath())).willReturn(response));
    }

    private Answer firstSuccess() {
        return documentedExamples().values().stream().filter(a -> a.status() >= 200 && a.status() < 300)
                .findFirst().orElseThrow(() -> new AssertionError(method + " " + path + " documents no 2xx example"));
    }

    /** One documented answer: status, media type and the example's body. */
    record Answer(int status, String contentType, String body) {
        ResponseDefinitionBuilder response() {
            ResponseDefinitionBuilder r = aResponse().withStatus(status).withHeader("Content-Type", contentType);
            if (status == 401 && !contentType.contains("json") && !contentType.contains("xml")) {
                r.withHeader("WWW-Authenticate", "Basic realm=\"agency\"");
            }
            return body.isEmpty() ? r : r.withBody(body);
        }
    }

    /** Every example of every response of the operation, keyed {@code <status>/<name>}, in document order. */
    Map<String, Answer> documentedExamples() {
        Operation op = operation();
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
            int status = Integer.parseInt(r.getKey());
            if (r.getValue().getContent() == null) {
                continue;
            }
            for (Map.Entry<String, MediaType> m : r.getValue().getContent().entrySet()) {
                String type = m.getKey().contains("json") || m.getKey().contains("xml") || m.getKey().contains("text")
                        ? m.getKey() + ";charset=UTF-8" : m.getKey();
                Map<String, Example> examples = m.getValue().getExamples();
                if (examples != null) {
                    examples.forEach((name, ex) -> out.put(status + "/" + name, new Answer(status, type, text(ex.getValue()))));
                } else if (m.getValue().getExample() != null) {
                    out.put(status + "/example", new Answer(status, type, text(m.getValue().getExample())));
                }
            }
        }
        return out;
    }

    private String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Operation operation() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(read(document), null, options).getOpenAPI();
        Objects.requireNonNull(api, document + " does not parse");
        PathItem item = api.getPaths().get(path);
        if (item == null) {
            throw new AssertionError(document + " has no path " + path);
        }
        Operation op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        if (op == null) {
            throw new AssertionError(document + " has no " + method + " " + path);
        }
        return op;
    }

    private static String read(String classpathLocation) {
        try (InputStream in = AgencyConnectorContract.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalArgumentException(classpathLocation + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
