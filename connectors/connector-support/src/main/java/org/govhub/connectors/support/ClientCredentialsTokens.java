package org.govhub.connectors.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * OAuth2 client credentials (RFC 6749 section 4.4) against an agency's token endpoint, with
 * the client authenticating by HTTP Basic. The token is kept until {@link #EXPIRY_MARGIN}
 * before it expires, so a burst of commands costs one token request, and none is sent stale.
 */
public class ClientCredentialsTokens {

    /** Renewed this long before expiry: a token must not run out between fetch and use. */
    public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final String agency;
    private final String tokenPath;
    private final RestClient http;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param tokenPath the token endpoint, relative to the agency's base URL or absolute
     */
    public ClientCredentialsTokens(String agency, AgencyEndpointProperties endpoint, String tokenPath,
                                   String clientId, String clientSecret, Clock clock) {
        this.agency = agency;
        this.tokenPath = tokenPath;
        this.clock = clock;
        this.http = AgencyHttp.restClient(agency, endpoint,
                AgencyAuth.basic(agency, AgencyAuth.required(agency, "client-id", clientId),
                        AgencyAuth.required(agency, "client-secret", clientSecret)));
    }

    /** A token valid for at least {@link #EXPIRY_MARGIN}, fetched when the cached one is not. */
    public synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** The agency no longer accepts the cached token. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        byte[] answer = http.post().uri(tokenPath)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body(form)
                .retrieve()
                .body(byte[].class);
        JsonNode reply;
        try {
            reply = answer == null ? null : mapper.readTree(answer);
        } catch (IOException e) {
            throw new ContractViolationException(agency + " token endpoint answered with unparsable JSON");
        }
        if (reply == null || !reply.path("access_token").isTextual()
                || !"bearer".equalsIgnoreCase(reply.path("token_type").asText())
                || !reply.path("expires_in").canConvertToLong()) {
            throw new ContractViolationException(agency + " token endpoint answered without access_token,"
                    + " token_type Bearer and expires_in");
        }
        token = reply.get("access_token").asText();
        renewAt = clock.instant().plusSeconds(reply.get("expires_in").asLong()).minus(EXPIRY_MARGIN);
    }
}
