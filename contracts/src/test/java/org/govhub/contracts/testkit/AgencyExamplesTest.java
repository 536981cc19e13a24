package org.govhub.contracts.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in the contracts fits its schema, so the build fails on a wrong example: each
 * JSON request and response example of every agency's OpenAPI document (checked by the
 * validator the test kits use), and each CloudEvent in {@code examples/} against its event's
 * schema. The checker is shown to catch a wrong example.
 */
class AgencyExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas SCHEMAS = EventSchemas.fromClasspath();

    static Stream<String> documents() throws IOException {
        return AgencyDocumentsTest.documents();
    }

    static Stream<String> cloudEvents() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyJsonExampleOfTheAgencysApiFitsItsSchema(String name) throws IOException {
        List<String> checked = new ArrayList<>();
        assertThat(violations(Files.readString(Path.of("agencies", name)), checked)).as(name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cloudEvents")
    void everyCloudEventExampleFitsItsEventSchema(String name) throws IOException {
        JsonNode event = JSON.readTree(Path.of("examples", name).toFile());
        assertThat(SCHEMAS.types()).as(name + " names a published type").contains(event.path("type").asText());
        assertThat(SCHEMAS.validate(event.path("type").asText(), event.path("data"))).as(name).isEmpty();
    }

    @Test
    void aWrongExampleIsCaughtAndTheCheckerLooksAtEveryExample() throws IOException {
        String civil = Files.readString(Path.of("agencies", "civil.v1.yaml"));
        List<String> checked = new ArrayList<>();
        assertThat(violations(civil, checked)).isEmpty();
        assertThat(checked).contains("POST /api/marriage/share-requests request/request",
                "POST /api/marriage/share-requests 202/accepted", "POST /api/marriage/share-requests 400/invalid",
                "POST /api/marriage/share-requests 401/unauthorized");

        String wrongAnswer = civil.replace("                    status: ACCEPTED", "                    status: DONE");
        assertThat(violations(wrongAnswer, new ArrayList<>())).singleElement().asString()
                .contains("202/accepted").contains("status");
        String wrongRequest = civil.replace("                  id_number: '371526198306242822'\n", "");
        assertThat(violations(wrongRequest, new ArrayList<>())).singleElement().asString()
                .contains("request/request").contains("id_number");
    }

    /** What is wrong with the JSON examples of one OpenAPI document; {@code checked} lists what was looked at. */
    static List<String> violations(String document, List<String> checked) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                document.replaceFirst("(?m)^openapi:[ \\t]*[\"']?3\\.1\\.\\d+[\"']?[ \\t]*$", "openapi: 3.0.3")).build();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            String path = p.getKey().replaceAll("\\{[^}]+}", "x");
            for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap().entrySet()) {
                Request.Method method = Request.Method.valueOf(o.getKey().name());
                String where = o.getKey() + " " + p.getKey();
                Operation op = o.getValue();
                if (op.getRequestBody() != null) {
                    for (Map.Entry<String, Example> e : jsonExamples(op.getRequestBody().getContent()).entrySet()) {
                        checked.add(where + " request/" + e.getKey());
                        ValidationReport report = validator.validateRequest(new SimpleRequest.Builder(method, path)
                                .withContentType("application/json").withBody(json(e.getValue())).build());
                        report(problems, where + " request/" + e.getKey(), report, "validation.request.body");
                    }
                }
                if (op.getResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
                    if (!r.getKey().matches("\\d{3}")) {
                        continue;
                    }
                    for (Map.Entry<String, Example> e : jsonExamples(r.getValue().getContent()).entrySet()) {
                        checked.add(where + " " + r.getKey() + "/" + e.getKey());
                        ValidationReport report = validator.validateResponse(path, method,
                                SimpleResponse.Builder.status(Integer.parseInt(r.getKey()))
                                        .withContentType("application/json").withBody(json(e.getValue())).build());
                        report(problems, where + " " + r.getKey() + "/" + e.getKey(), report, "validation.response.body");
                    }
                }
            }
        }
        return problems;
    }

    private static Map<String, Example> jsonExamples(Content content) {
        if (content == null) {
            return Map.of();
        }
        return content.entrySet().stream().filter(c -> c.getKey().startsWith("application/json"))
                .filter(c -> c.getValue().getExamples() != null)
                .flatMap(c -> c.getValue().getExamples().entrySet().stream())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.TreeMap::new));
    }

    private static String json(Example example) {
        try {
            return Json.mapper().writeValueAsString(example.getValue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(List<String> problems, String where, ValidationReport report, String keyPrefix) {
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && m.getKey().startsWith(keyPrefix))
                .forEach(m -> problems.add(where + ": " + m.getMessage()));
    }
}
