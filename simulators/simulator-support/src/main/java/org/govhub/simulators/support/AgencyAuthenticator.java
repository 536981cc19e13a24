package org.govhub.simulators.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How one simulated agency checks its callers' credentials, as that agency's contract
 * documents. {@link SimulatorFilter} asks it before the agency's API sees a request; the
 * expected credentials come from configuration ({@code govhub.simulators.<agency>.*}).
 */
public interface AgencyAuthenticator {

    /** The agency whose API this guards (the first path segment). */
    String agency();

    /**
     * Checks the request; when it lacks a valid credential, writes the agency's refusal to
     * {@code response} and answers false.
     *
     * @param body the request body, read in full (empty for a form, whose fields are parameters)
     */
    boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException;

    /** Compares secrets in time independent of where they differ. */
    static boolean same(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a refusal with a body in the agency's format. */
    static void refuse(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    static byte[] hmacSha256(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not usable in this JVM", e);
        }
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
