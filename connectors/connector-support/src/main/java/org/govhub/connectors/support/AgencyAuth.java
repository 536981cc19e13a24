package org.govhub.connectors.support;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * The ways agency systems ask callers to authenticate, as request interceptors for
 * {@link AgencyHttp#restClient(AgencyEndpointProperties, ClientHttpRequestInterceptor...)}.
 * Each connector picks its agency's; the secrets come from its properties, bound from
 * configuration or the environment.
 */
public final class AgencyAuth {

    private AgencyAuth() {
    }

    /** A static key in a request header, e.g. {@code X-Api-Key}. */
    public static ClientHttpRequestInterceptor apiKey(String agency, String header, String key) {
        String value = required(agency, "api-key", key);
        return (request, body, execution) -> {
            request.getHeaders().set(header, value);
            return execution.execute(request, body);
        };
    }

    /** HTTP Basic with a user name and password. */
    public static ClientHttpRequestInterceptor basic(String agency, String username, String password) {
        String user = required(agency, "username", username);
        String pass = required(agency, "password", password);
        return (request, body, execution) -> {
            request.getHeaders().setBasicAuth(user, pass, StandardCharsets.UTF_8);
            return execution.execute(request, body);
        };
    }

    /**
     * A long-lived bearer token issued to the hub by the agency.
     *
     * @param property the configuration key it is bound from, named when it is missing
     */
    public static ClientHttpRequestInterceptor staticBearer(String agency, String property, String token) {
        String value = required(agency, property, token);
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(value);
            return execution.execute(request, body);
        };
    }

    /**
     * A bearer token from an OAuth2 client-credentials token source; when the agency refuses a
     * token, it is dropped so the next call fetches a new one.
     */
    public static ClientHttpRequestInterceptor bearer(ClientCredentialsTokens tokens) {
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(tokens.token());
            var response = execution.execute(request, body);
            if (response.getStatusCode().value() == 401) {
                tokens.invalidate();
            }
            return response;
        };
    }

    /** {@code value}, or a start-up failure naming the configuration key that lacks it. */
    public static String required(String agency, String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("govhub.connectors." + agency + "." + property + " is not configured");
        }
        return value;
    }

    /** Lower-case hex HMAC-SHA256 of {@code data} under {@code secret}. */
    public static String hmacSha256Hex(String secret, String data) {
        return HexFormat.of().formatHex(hmacSha256(secret, data));
    }

    /** Base64 HMAC-SHA256 of {@code data} under {@code secret}. */
    public static String hmacSha256Base64(String secret, String data) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, data));
    }

    /** Lower-case hex SHA-256 of {@code data}. */
    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] hmacSha256(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not usable in this JVM", e);
        }
    }
}
