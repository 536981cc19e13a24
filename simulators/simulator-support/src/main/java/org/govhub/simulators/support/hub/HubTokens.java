package org.govhub.simulators.support.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Each agency's access token for the hub: the OAuth2 client-credentials grant of the agency's
 * own client at the issuer the hub trusts, kept until shortly before it expires.
 */
@Component
public class HubTokens {

    /** Renew this long before expiry, so a token never runs out on its way to the hub. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private record Token(String value, Instant renewAt) {
    }

    private final RestClient client;
    private final HubClientProperties properties;
    private final Environment environment;
    private final Map<String, Token> tokens = new HashMap<>();

    public HubTokens(HubClientProperties properties, Environment environment) {
        this.client = RestClient.builder().requestFactory(HubEventPusher.requestFactory(properties)).build();
        this.properties = properties;
        this.environment = environment;
    }

    /** The agency's current token; throws {@link TokenUnavailableException} when none can be had. */
    public synchronized String bearer(String agency) {
        Token token = tokens.get(agency);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = fetch(agency);
            tokens.put(agency, token);
        }
        return token.value();
    }

    /** After the hub refused the token (a restarted embedded issuer has a new key), get a new one. */
    public synchronized void discard(String agency) {
        tokens.remove(agency);
    }

    /** The agency's client id: configured, else the agency's own name. */
    public String clientId(String agency) {
        HubClientProperties.Client c = properties.getClients().get(agency);
        return c != null && c.getClientId() != null ? c.getClientId() : agency;
    }

    private String secret(String agency) {
        HubClientProperties.Client c = properties.getClients().get(agency);
        if (c != null && c.getClientSecret() != null && !c.getClientSecret().isBlank()) {
            return c.getClientSecret();
        }
        return environment.getProperty(variable(agency));
    }

    static String variable(String agency) {
        return "GOVHUB_CLIENT_SECRET_" + agency.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private Token fetch(String agency) {
        String clientId = clientId(agency);
        String secret = secret(agency);
        if (secret == null || secret.isBlank()) {
            throw new TokenUnavailableException("no client secret configured for client '" + clientId + "' ("
                    + variable(agency) + ")");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        JsonNode answer;
        try {
            answer = client.post().uri(properties.getTokenUrl())
                    .headers(h -> h.setBasicAuth(clientId, secret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            throw new TokenUnavailableException("the token endpoint answered HTTP " + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            throw new TokenUnavailableException("the token endpoint is unreachable: "
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        }
        if (answer == null || !answer.path("access_token").isTextual()) {
            throw new TokenUnavailableException("the token endpoint gave no access_token");
        }
        long expiresIn = answer.path("expires_in").asLong(60);
        return new Token(answer.get("access_token").asText(), Instant.now().plusSeconds(expiresIn).minus(MARGIN));
    }

    /** No token could be had: no secret, or the issuer refused or could not be reached. */
    public static final class TokenUnavailableException extends RuntimeException {
        TokenUnavailableException(String message) {
            super(message);
        }
    }
}
