package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The registration system's calls to the hub, as the agency system makes them: an access token
 * by its own client's client-credentials grant (kept until shortly before it expires), the
 * enterprise's authorisation recorded as a consent, and each event pushed as a structured
 * CloudEvent. Only statuses and ids are kept from the hub's answers.
 */
@Component
class HubClient {

    static final MediaType CLOUDEVENTS_JSON = MediaType.parseMediaType("application/cloudevents+json");
    private static final Duration MARGIN = Duration.ofSeconds(30);

    /** What became of one call: accepted with an id, or failed with a detail free of personal data. */
    record Result(boolean accepted, String id, String detail) {
    }

    private final RestClient client;
    private final ApprovalSimulatorProperties properties;
    private String token;
    private Instant renewAt = Instant.MIN;

    HubClient(ApprovalSimulatorProperties properties) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.getHubConnectTimeout()).version(HttpClient.Version.HTTP_1_1).build());
        factory.setReadTimeout(properties.getHubReadTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        this.properties = properties;
    }

    /** Pushes one CloudEvent; the id is the hub's exchange id. */
    Result push(byte[] cloudEvent) {
        return call(() -> client.post().uri(properties.getHubUrl() + "/api/v1/events")
                .headers(h -> h.setBearerAuth(bearer()))
                .contentType(CLOUDEVENTS_JSON).accept(MediaType.APPLICATION_JSON)
                .body(cloudEvent).retrieve().toEntity(JsonNode.class), "exchangeId");
    }

    /** Records the enterprise's authorisation for its bank; the id is the consent's. */
    Result recordConsent(String purpose, String uscc, String recipient, String evidence) {
        return call(() -> client.post().uri(properties.getHubUrl() + "/api/v1/consents")
                .headers(h -> h.setBearerAuth(bearer()))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(Map.of("purpose", purpose, "subject", uscc, "recipient", recipient, "evidence", evidence))
                .retrieve().toEntity(JsonNode.class), "id");
    }

    private Result call(java.util.function.Supplier<ResponseEntity<JsonNode>> call, String idField) {
        try {
            ResponseEntity<JsonNode> answer = call.get();
            JsonNode id = answer.getBody() == null ? null : answer.getBody().path(idField);
            return new Result(true, id != null && id.isTextual() ? id.textValue() : null, null);
        } catch (TokenUnavailableException e) {
            return new Result(false, null, "no access token: " + e.getMessage());
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401) {
                discard();
            }
            return new Result(false, null, "hub answered HTTP " + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            return new Result(false, null, "hub unreachable: "
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        }
    }

    private synchronized String bearer() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            fetch();
        }
        return token;
    }

    private synchronized void discard() {
        token = null;
    }

    private void fetch() {
        String secret = properties.getClientSecret();
        if (secret == null || secret.isBlank()) {
            throw new TokenUnavailableException("no client secret configured for client '" + properties.getClientId()
                    + "' (GOVHUB_CLIENT_SECRET_APPROVAL)");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        JsonNode answer;
        try {
            answer = client.post().uri(properties.getHubTokenUrl())
                    .headers(h -> h.setBasicAuth(properties.getClientId(), secret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                    .body(form).retrieve().body(JsonNode.class);
        } catch (RestClientResponseException e) {
            throw new TokenUnavailableException("the token endpoint answered HTTP " + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            throw new TokenUnavailableException("the token endpoint is unreachable");
        }
        if (answer == null || !answer.path("access_token").isTextual()) {
            throw new TokenUnavailableException("the token endpoint gave no access_token");
        }
        token = answer.get("access_token").asText();
        renewAt = Instant.now().plusSeconds(answer.path("expires_in").asLong(60)).minus(MARGIN);
    }

    static final class TokenUnavailableException extends RuntimeException {
        TokenUnavailableException(String message) {
            super(message);
        }
    }
}
