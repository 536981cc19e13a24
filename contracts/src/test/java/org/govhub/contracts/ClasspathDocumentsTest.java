package org.govhub.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathDocumentsTest {

    private static final ClassLoader APP = ClasspathDocumentsTest.class.getClassLoader();

    @TempDir
    Path temp;

    @Test
    void readsADirectoryOnDisk() {
        SortedMap<String, byte[]> schemas = ClasspathDocuments.read(APP, "contracts/events", ".schema.json");

        assertThat(schemas).containsKeys("gov.realestate.transfer-registered.v1.schema.json", "govhub.command-outcome.v1.schema.json");
        assertThat(new String(schemas.get("govhub.command-outcome.v1.schema.json"), StandardCharsets.UTF_8))
                .contains("\"title\": \"govhub.command-outcome.v1\"");
        assertThat(ClasspathDocuments.read(APP, "contracts/mandates/", ".yaml"))
                .containsKeys("M1-property-transfer-utilities.v1.yaml")
                .allSatisfy((name, bytes) -> assertThat(name).matches("M\\d+-[a-z-]+\\.v\\d+\\.yaml"));
    }

    @Test
    void eventSchemasAndMandatesLoadFromAJar() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ClasspathDocuments.read(APP, "contracts/events", ".schema.json")
                .forEach((name, bytes) -> entries.put("contracts/events/" + name, bytes));
        ClasspathDocuments.read(APP, "contracts/mandates", ".yaml")
                .forEach((name, bytes) -> entries.put("contracts/mandates/" + name, bytes));
        Path jar = jar("contracts.jar", entries, true);

        // No parent: the directories can only come from the jar, not from target/classes.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(EventSchemas.fromClasspath(loader).types())
                    .isEqualTo(EventSchemas.fromClasspath().types()).isNotEmpty();
            assertThat(MandateCatalog.fromClasspath(loader).byId("M1")).isPresent();
        }
    }

    @Test
    void listsOnlyTheDirectoryItselfAndTheSuffix() throws IOException {
        Path jar = jar("docs.jar", Map.of(
                "contracts/events/a.schema.json", bytes("a"),
                "contracts/events/notes.txt", bytes("n"),
                "contracts/events/old/b.schema.json", bytes("b"),
                "contracts/eventsX/c.schema.json", bytes("c")), true);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(ClasspathDocuments.read(loader, "contracts/events", ".schema.json")).containsOnlyKeys("a.schema.json");
        }
    }

    @Test
    void firstOccurrenceOnTheClassPathWins() throws IOException {
        Path first = jar("first.jar", Map.of("contracts/events/a.schema.json", bytes("first")), true);
        Path second = jar("second.jar", Map.of(
                "contracts/events/a.schema.json", bytes("second"),
                "contracts/events/b.schema.json", bytes("b")), true);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
            SortedMap<String, byte[]> documents = ClasspathDocuments.read(loader, "contracts/events", ".schema.json");
            assertThat(documents).containsOnlyKeys("a.schema.json", "b.schema.json");
            assertThat(documents.get("a.schema.json")).isEqualTo(bytes("first"));
        }
    }

    @Test
    void findsTheDirectoryInItsOwnJarWhenTheJarHasNoDirectoryEntries() throws Exception {
        byte[] ownClass;
        try (InputStream in = ClasspathDocuments.class.getResourceAsStream("ClasspathDocuments.class")) {
            ownClass = in.readAllBytes();
        }
        Path jar = jar("flat.jar", Map.of(
                "org/govhub/contracts/ClasspathDocuments.class", ownClass,
                "contracts/events/a.schema.json", bytes("a")), false);

        // The class must come from the jar itself, as it does in a deployed application.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("contracts/events/")).as("precondition: no directory entry").isNull();
            Class<?> isolated = loader.loadClass(ClasspathDocuments.class.getName());
            Map<?, ?> documents = (Map<?, ?>) isolated.getMethod("read", ClassLoader.class, String.class, String.class)
                    .invoke(null, loader, "contracts/events", ".schema.json");

            assertThat(documents.keySet()).hasSize(1).first().isEqualTo("a.schema.json");
            assertThatIllegalStateException().isThrownBy(() -> invokeUnwrapped(isolated, loader, "contracts/mandates"))
                    .withMessageContaining("contracts/mandates/ not found");
        }
    }

    @Test
    void failsWhenTheDirectoryIsMissing() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ClasspathDocuments.read(APP, "contracts/nothing-here", ".yaml"))
                .withMessageContaining("contracts/nothing-here/ not found");
    }

    private static void invokeUnwrapped(Class<?> type, ClassLoader loader, String directory) throws Throwable {
        try {
            type.getMethod("read", ClassLoader.class, String.class, String.class).invoke(null, loader, directory, ".yaml");
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Path jar(String name, Map<String, byte[]> entries, boolean withDirectoryEntries) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            Set<String> directories = new TreeSet<>();
            if (withDirectoryEntries) {
                entries.keySet().forEach(entry -> {
                    for (int slash = entry.indexOf('/'); slash >= 0; slash = entry.indexOf('/', slash + 1)) {
                        directories.add(entry.substring(0, slash + 1));
                    }
                });
            }
            for (String directory : directories) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
