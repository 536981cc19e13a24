package org.govhub.simulators.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The registry's access token for the hub: the OAuth2 client-credentials grant of its own
 * client ({@code realestate}) at the issuer the hub trusts (Keycloak, or the hub's embedded
 * issuer), kept until shortly before it expires. The secret comes from configuration, by
 * default the {@code GOVHUB_CLIENT_SECRET_REALESTATE} environment variable.
 */
@Component
class HubTokens {

    /** Renew this long before expiry, so a token never runs out on its way to the hub. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final RestClient client;
    private final RealestateSimulatorProperties properties;
    private String token;
    private Instant renewAt = Instant.MIN;

    HubTokens(RestClient.Builder builder, RealestateSimulatorProperties properties) {
        this.client = builder.build();
        this.properties = properties;
    }

    /** The current token; throws {@link TokenUnavailableException} when none can be had. */
    synchronized String bearer() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            fetch();
        }
        return token;
    }

    /** After the hub refused the token (a restarted embedded issuer has a new key), get a new one. */
    synchronized void discard() {
        token = null;
    }

    private void fetch() {
        String secret = properties.getClientSecret();
        if (secret == null || secret.isBlank()) {
            throw new TokenUnavailableException("no client secret configured for client '" + properties.getClientId()
                    + "' (GOVHUB_CLIENT_SECRET_REALESTATE)");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        JsonNode answer;
        try {
            answer = client.post().uri(properties.getHubTokenUrl())
                    .headers(h -> h.setBasicAuth(properties.getClientId(), secret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (org.springframework.web.client.RestClientResponseException e) {
            throw new TokenUnavailableException("the token endpoint answered HTTP " + e.getStatusCode().value());
        } catch (org.springframework.web.client.ResourceAccessException e) {
            throw new TokenUnavailableException("the token endpoint is unreachable: "
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        }
        if (answer == null || !answer.path("access_token").isTextual()) {
            throw new TokenUnavailableException("the token endpoint gave no access_token");
        }
        token = answer.get("access_token").asText();
        long expiresIn = answer.path("expires_in").asLong(60);
        renewAt = Instant.now().plusSeconds(expiresIn).minus(MARGIN);
    }

    static final class TokenUnavailableException extends RuntimeException {
        TokenUnavailableException(String message) {
            super(message);
        }
    }
}
