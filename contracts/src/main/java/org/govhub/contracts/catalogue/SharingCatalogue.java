package org.govhub.contracts.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.contracts.mandate.Deadline;
import org.govhub.contracts.mandate.SharingClass;

/**
 * The catalogue of shared data resources ({@code contracts/catalogue/shared-resources.v1.yaml},
 * M9, Part 8.3): each resource with its provider, sharing class, the identifier it is looked up
 * by and the fields it holds. Also the rules that requests and answers are checked by: the
 * subject by its identifier's real rule, an answer's data by the catalogue's fields.
 */
public final class SharingCatalogue {

    public static final String DOCUMENT = "contracts/catalogue/shared-resources.v1.yaml";
    public static final String SCHEMA = "contracts/catalogue/shared-resources.v1.schema.json";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The identifiers resources are looked up by, each with its standard. */
    public enum IdentifierRule {
        UNIT_NUMBER("real-estate unit number (GB/T 37346-2019)"),
        USCC("unified social credit code (GB 32100-2015)"),
        RESIDENT_ID("resident ID number (GB 11643-1999)");

        private final String description;

        IdentifierRule(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** Why {@code value} is not a valid identifier of this kind, if it is not. */
        public Optional<String> check(String value) {
            if (value == null || value.isBlank()) {
                return Optional.of("is required: a " + description);
            }
            Optional<String> problem = switch (this) {
                case UNIT_NUMBER -> RealEstateUnitNumber.check(value);
                case USCC -> UnifiedSocialCreditCode.standard().check(value);
                case RESIDENT_ID -> ResidentIdNumber.check(value);
            };
            return problem.map(p -> "must be a valid " + description + ": " + p);
        }
    }

    public record Name(String zh, String en) {
    }

    /** Why a resource is not shared: the provision and the reason a requester is given. */
    public record NotShared(String basis, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String type, List<String> values, IdentifierRule identifier, Boolean personal,
                        String description) {

        public boolean isPersonal() {
            return Boolean.TRUE.equals(personal);
        }

        /** Why {@code value} does not fit this field, if it does not. */
        public Optional<String> check(JsonNode value) {
            if (value == null || value.isNull()) {
                return Optional.of("is required by the catalogue");
            }
            switch (type) {
                case "number":
                    return value.isNumber() ? Optional.empty() : Optional.of("must be a number");
                case "date":
                    if (!value.isTextual()) {
                        return Optional.of("must be a date (ISO 8601, yyyy-MM-dd)");
                    }
                    try {
                        LocalDate.parse(value.textValue());
                        return Optional.empty();
                    } catch (DateTimeParseException e) {
                        return Optional.of("must be a date (ISO 8601, yyyy-MM-dd)");
                    }
                case "enum":
                    return value.isTextual() && values.contains(value.textValue()) ? Optional.empty()
                            : Optional.of("must be one of " + values);
                case "identifier":
                    return value.isTextual() ? identifier.check(value.textValue()) : Optional.of("must be a string");
                default:
                    return value.isTextual() && !value.textValue().isBlank() && value.textValue().length() <= 500
                            ? Optional.empty() : Optional.of("must be a string of 1 to 500 characters");
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resource(String id, Name name, String provider, SharingClass sharingClass, IdentifierRule lookupBy,
                           Deadline answerDeadline, List<Field> fields, NotShared notShared) {

        public Resource {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }

        /**
         * Every problem with an answer's data for a request about {@code subject}, each naming the
         * field ({@code data.<name>}) and the rule: exactly the catalogue's fields, each by its
         * type, and the field holding the lookup identifier equal to the subject.
         */
        public List<String> checkData(JsonNode data, String subject) {
            List<String> problems = new ArrayList<>();
            if (data == null || !data.isObject()) {
                problems.add("data: must be an object holding exactly the fields " + fieldNames());
                return problems;
            }
            for (Iterator<String> names = data.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!fieldNames().contains(name)) {
                    problems.add("data." + name + ": is not a field of resource " + id + " (the catalogue lists "
                            + fieldNames() + ")");
                }
            }
            for (Field field : fields) {
                JsonNode value = data.get(field.name());
                Optional<String> problem = field.check(value);
                if (problem.isPresent()) {
                    problems.add("data." + field.name() + ": " + problem.get());
                } else if (field.identifier() == lookupBy && !value.textValue().equalsIgnoreCase(subject)) {
                    problems.add("data." + field.name() + ": must be the subject of the request");
                }
            }
            return problems;
        }
    }

    private final String catalogue;
    private final int version;
    private final Map<String, Resource> byId;

    private SharingCatalogue(String catalogue, int version, List<Resource> resources) {
        this.catalogue = catalogue;
        this.version = version;
        Map<String, Resource> map = new LinkedHashMap<>();
        for (Resource r : resources) {
            if (map.putIfAbsent(r.id(), r) != null) {
                throw new IllegalStateException("resource " + r.id() + " is catalogued twice");
            }
        }
        this.byId = map;
    }

    private record Document(String catalogue, int version, List<Resource> resources) {
    }

    /** The catalogue on the class path, checked against its schema and {@link #check()}. */
    public static SharingCatalogue fromClasspath() {
        byte[] yaml = read(DOCUMENT);
        List<String> problems = new ArrayList<>(schemaProblems(yaml));
        if (problems.isEmpty()) {
            SharingCatalogue parsed = parse(yaml);
            problems.addAll(parsed.check());
            if (problems.isEmpty()) {
                return parsed;
            }
        }
        throw new IllegalStateException(DOCUMENT + " is not sound: " + String.join("; ", problems));
    }

    public static SharingCatalogue parse(byte[] yaml) {
        try {
            Document d = YAML.readValue(yaml, Document.class);
            return new SharingCatalogue(d.catalogue(), d.version(), d.resources() == null ? List.of() : d.resources());
        } catch (IOException e) {
            throw new UncheckedIOException("the sharing catalogue cannot be read", e);
        }
    }

    /** Violations of {@code shared-resources.v1.schema.json}, each with its JSON path. */
    public static List<String> schemaProblems(byte[] yaml) {
        try {
            JsonNode document = YAML.readTree(yaml);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(read(SCHEMA)));
            return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the sharing catalogue or its schema cannot be read", e);
        }
    }

    /** What the schema cannot say: unique field names, personal data never unconditional. */
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        for (Resource r : byId.values()) {
            String where = "resource " + r.id();
            if (!r.id().startsWith(r.provider() + ".")) {
                problems.add(where + ": id must start with its provider '" + r.provider() + ".'");
            }
            Set<String> names = new HashSet<>();
            for (Field f : r.fields()) {
                if (!names.add(f.name())) {
                    problems.add(where + ": field " + f.name() + " is listed twice");
                }
                if (f.isPersonal() && r.sharingClass() == SharingClass.UNCONDITIONAL) {
                    problems.add(where + ": field " + f.name() + " is personal data, which is CONDITIONAL at least"
                            + " (MANDATES.md, Sharing classes)");
                }
            }
            if (r.sharingClass() != SharingClass.NOT_SHARED
                    && r.fields().stream().noneMatch(f -> f.identifier() == r.lookupBy())) {
                problems.add(where + ": no field holds its lookup identifier " + r.lookupBy());
            }
        }
        return problems;
    }

    /**
     * How {@code current} breaks requesters of {@code published}: a resource withdrawn, moved to
     * another provider or lookup identifier, made stricter (UNCONDITIONAL to CONDITIONAL to
     * NOT_SHARED), or a field removed or retyped. Empty when compatible; a breaking change needs a
     * new major version of the catalogue beside the old one.
     */
    public static List<String> breaks(SharingCatalogue published, SharingCatalogue current) {
        List<String> problems = new ArrayList<>();
        for (Resource old : published.resources()) {
            Optional<Resource> now = current.resource(old.id());
            if (now.isEmpty()) {
                problems.add(old.id() + ": resource withdrawn");
                continue;
            }
            Resource r = now.get();
            if (!r.provider().equals(old.provider())) {
                problems.add(old.id() + ": provider changed from " + old.provider() + " to " + r.provider());
            }
            if (r.lookupBy() != old.lookupBy()) {
                problems.add(old.id() + ": looked up by " + r.lookupBy() + " instead of " + old.lookupBy());
            }
            if (r.sharingClass().ordinal() > old.sharingClass().ordinal()) {
                problems.add(old.id() + ": sharing class made stricter, " + old.sharingClass() + " to " + r.sharingClass());
            }
            for (Field f : old.fields()) {
                Optional<Field> same = r.fields().stream().filter(x -> x.name().equals(f.name())).findFirst();
                if (same.isEmpty()) {
                    problems.add(old.id() + ": field " + f.name() + " removed");
                } else if (!same.get().type().equals(f.type())) {
                    problems.add(old.id() + ": field " + f.name() + " retyped from " + f.type() + " to " + same.get().type());
                }
            }
        }
        return problems;
    }

    public String catalogue() {
        return catalogue;
    }

    public int version() {
        return version;
    }

    public List<Resource> resources() {
        return List.copyOf(byId.values());
    }

    public Optional<Resource> resource(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    private static byte[] read(String path) {
        try (InputStream in = SharingCatalogue.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " cannot be read", e);
        }
    }
}
