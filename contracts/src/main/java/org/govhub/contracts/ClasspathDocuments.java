package org.govhub.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the contract documents in one classpath directory, whether that directory is on disk
 * (an IDE, {@code target/classes}), in a jar, or in a jar nested in a Spring Boot fat jar. The
 * class path cannot be listed, so this resolves the directory's URL and lists what is behind it:
 * a {@code file:} directory, or the entries of the jar a {@code jar:} URL's
 * {@link JarURLConnection} opens (Spring Boot's nested-jar handler is one of those too).
 */
public final class ClasspathDocuments {

    private ClasspathDocuments() {
    }

    /**
     * The files directly in {@code directory} whose name ends with {@code suffix}, by file name.
     * When the directory is on the class path more than once, the first occurrence of a name wins,
     * as it does for {@link ClassLoader#getResource(String)}.
     *
     * @throws IllegalStateException when the directory is not on the class path at all
     */
    public static SortedMap<String, byte[]> read(ClassLoader loader, String directory, String suffix) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        List<URL> roots = resources(loader, prefix);
        if (roots.isEmpty()) {
            // A jar built without directory entries has no URL for the directory itself; the
            // contracts then still sit in the same jar as this class.
            URL own = ClasspathDocuments.class.getResource(ClasspathDocuments.class.getSimpleName() + ".class");
            if (own == null || !"jar".equals(own.getProtocol()) || !jarHas(own, prefix)) {
                throw new IllegalStateException("classpath directory " + prefix + " not found");
            }
            roots = List.of(own);
        }
        SortedMap<String, byte[]> documents = new TreeMap<>();
        for (URL root : roots) {
            read(root, prefix, suffix).forEach(documents::putIfAbsent);
        }
        return Collections.unmodifiableSortedMap(documents);
    }

    private static List<URL> resources(ClassLoader loader, String prefix) {
        try {
            return Collections.list(loader.getResources(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up classpath directory " + prefix, e);
        }
    }

    private static boolean jarHas(URL url, String prefix) {
        return !read(url, prefix, "").isEmpty();
    }

    private static SortedMap<String, byte[]> read(URL url, String prefix, String suffix) {
        try {
            return switch (url.getProtocol()) {
                case "file" -> readDirectory(Path.of(url.toURI()), suffix);
                case "jar" -> readJar(url, prefix, suffix);
                default -> throw new IllegalStateException(
                        "cannot list classpath directory " + prefix + " behind a " + url.getProtocol() + ": URL");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath directory " + prefix + " at " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable classpath URL " + url, e);
        }
    }

    private static SortedMap<String, byte[]> readDirectory(Path directory, String suffix) throws IOException {
        SortedMap<String, byte[]> documents = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return documents;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(suffix) && Files.isRegularFile(file)) {
                    documents.put(name, Files.readAllBytes(file));
                }
            }
        }
        return documents;
    }

    private static SortedMap<String, byte[]> readJar(URL url, String prefix, String suffix) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IllegalStateException("no JarURLConnection for " + url);
        }
        // A private copy of the jar, so closing it cannot pull a cached one from under the class loader.
        jarConnection.setUseCaches(false);
        SortedMap<String, byte[]> documents = new TreeMap<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(suffix)
                        && name.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        documents.put(name.substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return documents;
    }
}
