package org.govhub.contracts.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govhub.contracts.ClasspathDocuments;

/**
 * The event and command schemas of contracts/events, compiled once (JSON Schema 2020-12, with
 * {@code format} asserted and GovHub's identifier keywords, see {@link #validate}). Immutable and
 * thread-safe.
 */
public final class EventSchemas {

    /** Where the schemas sit on the class path; a schema's type is its file name without the suffix. */
    public static final String DIRECTORY = "contracts/events";
    public static final String SUFFIX = ".schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::pointer)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    private final Map<String, JsonNode> documents;
    private final Map<String, JsonSchema> compiled;

    private EventSchemas(SortedMap<String, JsonNode> documents) {
        this.documents = Collections.unmodifiableSortedMap(documents);
        this.compiled = compile(documents);
    }

    /** Every {@code contracts/events/*.schema.json} on the class path of this class. */
    public static EventSchemas fromClasspath() {
        return fromClasspath(EventSchemas.class.getClassLoader());
    }

    public static EventSchemas fromClasspath(ClassLoader loader) {
        SortedMap<String, JsonNode> documents = new TreeMap<>();
        ClasspathDocuments.read(loader, DIRECTORY, SUFFIX).forEach((file, bytes) -> {
            try {
                documents.put(file.substring(0, file.length() - SUFFIX.length()), JSON.readTree(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("schema " + DIRECTORY + "/" + file + " is not valid JSON", e);
            }
        });
        return new EventSchemas(documents);
    }

    /** Schemas given by type, for tests and tools; they may {@code $ref} each other by {@code $id}. */
    public static EventSchemas of(Map<String, JsonNode> schemasByType) {
        SortedMap<String, JsonNode> documents = new TreeMap<>();
        schemasByType.forEach((type, schema) -> documents.put(type, schema.deepCopy()));
        return new EventSchemas(documents);
    }

    /** The schema types, e.g. {@code gov.realestate.transfer-registered.v1}, sorted. */
    public Set<String> types() {
        return documents.keySet();
    }

    public boolean knows(String type) {
        return documents.containsKey(type);
    }

    /** A copy of the schema document of a type. */
    public JsonNode schema(String type) {
        return require(type, documents.get(type)).deepCopy();
    }

    /**
     * Every way {@code data} breaks the schema of {@code type}, ordered by pointer; empty when it
     * conforms. Besides standard JSON Schema, a string with {@code "x-govhub-identifier": rule}
     * must pass that identifier rule ({@code resident-id}, {@code uscc},
     * {@code real-estate-unit-number}, {@code division-code}), and an object with
     * {@code "x-govhub-party-id": true} must have an {@code idNumber} that passes the rule its
     * {@code idType} names.
     *
     * @throws IllegalArgumentException when the type has no schema
     */
    public List<Violation> validate(String type, JsonNode data) {
        JsonSchema schema = require(type, compiled.get(type));
        return schema.validate(data == null ? NullNode.getInstance() : data).stream()
                .map(EventSchemas::toViolation)
                .distinct()
                .sorted(ORDER)
                .toList();
    }

    private static <T> T require(String type, T value) {
        if (value == null) {
            throw new IllegalArgumentException("no schema for type " + type);
        }
        return value;
    }

    private static Map<String, JsonSchema> compile(SortedMap<String, JsonNode> documents) {
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(GovhubKeywords.all())
                .build();
        // Schemas that $ref each other by $id are served from here, never fetched from the web.
        Map<String, String> byId = new HashMap<>();
        documents.values().forEach(schema -> {
            if (schema.path("$id").isTextual()) {
                byId.put(schema.get("$id").textValue(), schema.toString());
            }
        });
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(metaSchema)
                .schemaLoaders(loaders -> loaders.schemas(byId)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        Map<String, JsonSchema> compiled = new LinkedHashMap<>();
        documents.forEach((type, document) -> {
            String id = document.path("$id").isTextual()
                    ? document.get("$id").textValue()
                    : "urn:govhub:contracts:events:" + type;
            JsonSchema schema = factory.getSchema(SchemaLocation.of(id), document, config);
            // Resolve every $ref now, so a broken schema fails at start-up, not on the first event.
            schema.initializeValidators();
            compiled.put(type, schema);
        });
        return Collections.unmodifiableMap(compiled);
    }

    private static Violation toViolation(ValidationMessage message) {
        String keyword = message.getType();
        Map<String, Object> details = message.getDetails() == null ? Map.of() : message.getDetails();
        JsonNodePath location = message.getInstanceLocation();
        if (details.containsKey(GovhubKeywords.DETAIL_RULE)) {
            String pointer = location.toString();
            return new Violation(pointer, (String) details.get(GovhubKeywords.DETAIL_RULE),
                    field(pointer) + ": " + details.get(GovhubKeywords.DETAIL_MESSAGE));
        }
        // required and additionalProperties report the object; point at the field itself.
        String pointer = message.getProperty() != null && names(keyword)
                ? location.append(message.getProperty()).toString()
                : location.toString();
        return new Violation(pointer, keyword, field(pointer) + " " + describe(keyword, message.getSchemaNode()));
    }

    private static boolean names(String keyword) {
        return switch (keyword) {
            case "required", "additionalProperties", "unevaluatedProperties", "dependentRequired" -> true;
            default -> false;
        };
    }

    private static String field(String pointer) {
        return pointer.isEmpty() ? "the document" : "field " + pointer;
    }

    /** Says which rule was broken using only the schema's side, never the offending value. */
    private static String describe(String keyword, JsonNode schemaValue) {
        String expected = schemaValue == null ? "" : compact(schemaValue);
        return switch (keyword) {
            case "required" -> "is required but missing (required)";
            case "additionalProperties", "unevaluatedProperties" -> "is not allowed by the schema (" + keyword + ")";
            case "pattern" -> "does not match the pattern " + expected + " (pattern)";
            case "format" -> "is not a valid " + expected + " (format)";
            case "type" -> "must be of type " + expected + " (type)";
            case "enum" -> "must be one of " + expected + " (enum)";
            case "const" -> "must be " + expected + " (const)";
            default -> "breaks the schema rule " + keyword + (expected.isEmpty() ? "" : " = " + expected);
        };
    }

    private static String compact(JsonNode schemaValue) {
        if (schemaValue.isTextual()) {
            return schemaValue.textValue();
        }
        try {
            String text = JSON.writeValueAsString(schemaValue);
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
