package org.govhub.contracts.mandate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.contracts.ClasspathDocuments;

/** The mandates declared in contracts/mandates. Immutable. */
public final class MandateCatalog {

    public static final String DIRECTORY = "contracts/mandates";
    public static final String SUFFIX = ".yaml";

    // Unknown keys fail (Jackson's default), so a misspelt key cannot silently drop a rule.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private final Map<String, MandateDeclaration> byId;

    private MandateCatalog(Map<String, MandateDeclaration> byId) {
        this.byId = byId;
    }

    /** Every {@code contracts/mandates/*.yaml} on the class path of this class. */
    public static MandateCatalog fromClasspath() {
        return fromClasspath(MandateCatalog.class.getClassLoader());
    }

    public static MandateCatalog fromClasspath(ClassLoader loader) {
        List<MandateDeclaration> declarations = new ArrayList<>();
        ClasspathDocuments.read(loader, DIRECTORY, SUFFIX).forEach((file, yaml) -> {
            try {
                declarations.add(parse(yaml));
            } catch (IOException e) {
                throw new UncheckedIOException("mandate " + DIRECTORY + "/" + file + " cannot be read", e);
            }
        });
        return of(declarations);
    }

    /** @throws IllegalStateException when two declarations share an id */
    public static MandateCatalog of(List<MandateDeclaration> declarations) {
        Map<String, MandateDeclaration> byId = new LinkedHashMap<>();
        for (MandateDeclaration declaration : declarations) {
            if (byId.putIfAbsent(declaration.id(), declaration) != null) {
                throw new IllegalStateException("mandate " + declaration.id() + " is declared twice");
            }
        }
        return new MandateCatalog(byId);
    }

    /** One mandate declaration in its YAML form. */
    public static MandateDeclaration parse(byte[] yaml) throws IOException {
        return YAML.readValue(yaml, MandateDeclaration.class);
    }

    public List<MandateDeclaration> all() {
        return List.copyOf(byId.values());
    }

    public Optional<MandateDeclaration> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The mandates that an event of {@code eventType} starts. */
    public List<MandateDeclaration> triggeredBy(String eventType) {
        return byId.values().stream().filter(declaration -> declaration.flowFor(eventType).isPresent()).toList();
    }

    /** The flows that an event of {@code eventType} starts, with their mandates. */
    public List<TriggeredFlow> flowsTriggeredBy(String eventType) {
        return byId.values().stream()
                .flatMap(m -> m.flowFor(eventType).map(f -> new TriggeredFlow(m, f)).stream())
                .toList();
    }

    /** Every flow of every mandate. */
    public List<TriggeredFlow> allFlows() {
        return byId.values().stream().flatMap(m -> m.flows().stream().map(f -> new TriggeredFlow(m, f))).toList();
    }

    /** One flow and the mandate it belongs to. */
    public record TriggeredFlow(MandateDeclaration mandate, MandateDeclaration.Flow flow) {
    }
}
