package org.govhub.hub.e2e;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulated agency systems for end-to-end tests: the real simulators application, run from
 * its jar as its own process (as agency systems are), once per test JVM, on a free loopback
 * port, each originating agency pushing its events to the hub's port. Its output goes to
 * {@code target/e2e/simulators.log}.
 */
final class Simulators {

    /** The agencies whose simulated systems push events to the hub (contracts/mandates: trigger.source). */
    static final java.util.List<String> ORIGINATORS = java.util.List.of("realestate", "approval", "court", "tax",
            "housing", "publicsecurity", "civil", "market", "credit");

    private static Simulators instance;

    private final int port;
    private final int hubPort;

    private Simulators() {
        this.port = freePort();
        this.hubPort = freePort();
        String jar = System.getProperty("govhub.simulators.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("the simulators jar is not at govhub.simulators.jar=" + jar
                    + " (run the tests through Maven: ./mvnw verify)");
        }
        Path log = Path.of(jar).resolveSibling("simulators.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar,
                    "--server.port=" + port, "--server.address=127.0.0.1",
                    // Every originating agency's system pushes its events (and consents) to the hub.
                    "--govhub.simulators.hub.url=http://127.0.0.1:" + hubPort,
                    "--govhub.simulators.hub.token-url=http://127.0.0.1:" + hubPort + "/oauth2/token");
            // Each agency authenticates to the hub's issuer as its own client; the secret goes by
            // environment, as in production, not on the command line.
            for (String agency : ORIGINATORS) {
                builder.environment().put(TestClients.variable(agency), TestClients.secret(agency));
            }
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitHealthy(process, log);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the simulators", e);
        }
    }

    static synchronized Simulators get() {
        if (instance == null) {
            instance = new Simulators();
        }
        return instance;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The port the hub must listen on, which the real-estate simulator pushes its events to. */
    int hubPort() {
        return hubPort;
    }

    private void awaitHealthy(Process process, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the simulators exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit().completeOnTimeout(null, 250, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        process.destroy();
        throw new IllegalStateException("the simulators did not become healthy in 120 s; see " + log);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
