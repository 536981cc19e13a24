package org.govhub.simulators.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Pushes a registry event to the hub as an agency system would: one HTTP POST of a structured
 * CloudEvent. Only the hub's status or the transport error is kept as the detail: the hub's
 * answer body is not ours to store.
 */
@Component
class HubEventPusher {

    static final MediaType CLOUDEVENTS_JSON = MediaType.parseMediaType("application/cloudevents+json");

    private final RestClient client;
    private final RealestateSimulatorProperties properties;
    private final ObjectMapper mapper;
    private final HubTokens tokens;

    HubEventPusher(RealestateSimulatorProperties properties, ObjectMapper mapper, HubTokens tokens) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.getHubConnectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        factory.setReadTimeout(properties.getHubReadTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        this.properties = properties;
        this.mapper = mapper;
        this.tokens = tokens;
    }

    /** The result of one push; its {@code eventId} and {@code attempts} are the caller's to fill. */
    HubDelivery push(byte[] cloudEvent) {
        try {
            ResponseEntity<byte[]> answer = client.post()
                    .uri(properties.getHubEventsUrl())
                    .headers(h -> h.setBearerAuth(tokens.bearer()))
                    .contentType(CLOUDEVENTS_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(cloudEvent)
                    .retrieve()
                    .toEntity(byte[].class);
            // 202 for a new event; any 2xx (a hub answering a re-sent event, say) is an acceptance.
            if (!answer.getStatusCode().is2xxSuccessful()) {
                return failed("hub answered HTTP " + answer.getStatusCode().value());
            }
            return new HubDelivery(HubDelivery.Status.ACCEPTED, null, exchangeId(answer.getBody()), null, 0);
        } catch (HubTokens.TokenUnavailableException e) {
            return failed("no access token: " + e.getMessage());
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401) {
                tokens.discard();
            }
            return failed("hub answered HTTP " + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            return failed("hub unreachable: " + transportError(e));
        }
    }

    private String exchangeId(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode id = mapper.readTree(body).path("exchangeId");
            return id.isTextual() ? id.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static HubDelivery failed(String detail) {
        return new HubDelivery(HubDelivery.Status.FAILED, null, null, detail, 0);
    }

    /** The transport's own exception (ConnectException, HttpTimeoutException...), never a message that may echo data. */
    private static String transportError(ResourceAccessException e) {
        return (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName();
    }
}
