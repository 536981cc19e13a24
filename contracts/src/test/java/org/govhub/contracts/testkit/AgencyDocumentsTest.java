package org.govhub.contracts.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every agency document parses as OpenAPI 3.1 and loads into the contract test kits' validator. */
class AgencyDocumentsTest {

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("agencies"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void parsesAsOpenApi31WithoutMessages(String name) throws IOException {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(Path.of("agencies", name)));
        assertThat(result.getMessages()).as(name).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).as(name).startsWith("3.1");
        assertThat(result.getOpenAPI().getServers()).as(name + " names its simulator").isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void loadsIntoTheValidatorTheTestKitsUse(String name) {
        assertThatCode(() -> AgencyDocuments.validator("contracts/agencies/" + name)).as(name).doesNotThrowAnyException();
    }
}
