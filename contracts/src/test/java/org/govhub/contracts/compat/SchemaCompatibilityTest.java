package org.govhub.contracts.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema in events/ is compatible with its published baseline in published/, and every
 * schema has one; the checker itself is shown to catch each kind of breaking change.
 */
class SchemaCompatibilityTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> schemas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json")).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void eachSchemaKeepsWhatItsPublishedVersionPromised(String name) throws IOException {
        Path baseline = Path.of("published", name);
        assertThat(baseline).as(name + " has no published baseline: copy it into contracts/published").exists();
        List<String> breaks = SchemaCompatibility.breaks(MAPPER.readTree(baseline.toFile()),
                MAPPER.readTree(Path.of("events", name).toFile()));
        assertThat(breaks).as(name + " changed incompatibly; publish a new major version instead").isEmpty();
    }

    @Test
    void aRemovedPropertyBreaks() throws IOException {
        JsonNode published = transferSchema();
        ObjectNode changed = published.deepCopy();
        ((ObjectNode) changed.path("properties")).remove("certificateNo");
        assertThat(SchemaCompatibility.breaks(published, changed)).containsExactly("/certificateNo: property removed");
    }

    @Test
    void aNewRequiredPropertyBreaksButANewOptionalOneDoesNot() throws IOException {
        JsonNode published = transferSchema();
        ObjectNode optional = published.deepCopy();
        ((ObjectNode) optional.path("properties")).putObject("floor").put("type", "integer");
        assertThat(SchemaCompatibility.breaks(published, optional)).isEmpty();

        ObjectNode required = optional.deepCopy();
        ((ArrayNode) required.path("required")).add("floor");
        assertThat(SchemaCompatibility.breaks(published, required)).containsExactly("the root: property 'floor' became required");
    }

    @Test
    void aChangeInsideADefinitionReachedByRefBreaks() throws IOException {
        JsonNode published = transferSchema();
        ObjectNode changed = published.deepCopy();
        ((ObjectNode) changed.at("/$defs/party/properties/idType")).putArray("enum").add("RESIDENT_ID");
        assertThat(SchemaCompatibility.breaks(published, changed))
                .contains("/newOwner/idType: enum value \"USCC\" removed", "/previousOwner/idType: enum value \"USCC\" removed");
    }

    @Test
    void aRetypedPropertyBreaks() throws IOException {
        JsonNode published = transferSchema();
        ObjectNode changed = published.deepCopy();
        ((ObjectNode) changed.at("/properties/area")).put("type", "string");
        assertThat(SchemaCompatibility.breaks(published, changed))
                .containsExactly("/area: type changed from \"number\" to \"string\"");
    }

    private static JsonNode transferSchema() throws IOException {
        return MAPPER.readTree(Path.of("events", "gov.realestate.transfer-registered.v1.schema.json").toFile());
    }
}
