package org.govhub.simulators.power;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The utility's OAuth2 authorisation server and resource check in one: it issues bearer tokens
 * to its one configured client ({@code govhub.simulators.power.client-id}/{@code client-secret})
 * and admits API calls that carry a token it issued and that has not expired. Tokens are not
 * simulator state a reset clears: a reset between tests must not log the hub out.
 */
@Component
class PowerTokens implements AgencyAuthenticator {

    static final String TOKEN_PATH = "/power/oauth/token";

    private final String expectedBasic;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();

    PowerTokens(@Value("${govhub.simulators.power.client-id}") String clientId,
                @Value("${govhub.simulators.power.client-secret}") String clientSecret,
                @Value("${govhub.simulators.power.token-lifetime:PT1H}") Duration lifetime) {
        this.expectedBasic = "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        this.lifetime = lifetime;
    }

    boolean isClient(String authorization) {
        return AgencyAuthenticator.same(expectedBasic, authorization);
    }

    /** A new token for the client. */
    String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        issued.values().removeIf(expiry -> !now.isBefore(expiry));
        issued.put(token, now.plus(lifetime));
        return token;
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** Makes every issued token invalid, as when the utility rotates its keys. */
    void revokeAll() {
        issued.clear();
    }

    @Override
    public String agency() {
        return "power";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (TOKEN_PATH.equals(request.getRequestURI())) {
            return true; // the token endpoint authenticates the client itself
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            Instant expiry = issued.get(authorization.substring("Bearer ".length()));
            if (expiry != null && clock.instant().isBefore(expiry)) {
                return true;
            }
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"power\", error=\"invalid_token\"");
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"errorCode\":\"UNAUTHORIZED\",\"message\":\"access token missing, unknown or expired\"}");
        return false;
    }
}
