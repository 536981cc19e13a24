package org.govhub.simulators.support.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The one way a simulated agency system calls the hub, as a real one would: an access token of
 * its own client ({@link HubTokens}), each event as a structured CloudEvent
 * ({@code application/cloudevents+json}) to {@code POST /api/v1/events}, consents to
 * {@code POST /api/v1/consents}. A 5xx answer or a connection error is retried with
 * exponential backoff ({@code govhub.simulators.hub.max-attempts}, {@code backoff}); a 401 once
 * more with a fresh token; any other 4xx is final and kept with the hub's problem document.
 * Every push goes to the {@link HubPushJournal}. The log names agency, type, event id and
 * status only, never the event's data.
 */
@Component
public class HubEventPusher {

    public static final MediaType CLOUDEVENTS_JSON = MediaType.parseMediaType("application/cloudevents+json");
    public static final String EVENTS = "/api/v1/events";
    public static final String CONSENTS = "/api/v1/consents";
    private static final Logger LOG = LoggerFactory.getLogger(HubEventPusher.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RestClient client;
    private final HubClientProperties properties;
    private final HubTokens tokens;
    private final HubPushJournal journal;
    private final ObjectMapper mapper;

    public HubEventPusher(HubClientProperties properties, HubTokens tokens, HubPushJournal journal, ObjectMapper mapper) {
        this.client = RestClient.builder().requestFactory(requestFactory(properties)).build();
        this.properties = properties;
        this.tokens = tokens;
        this.journal = journal;
        this.mapper = mapper;
    }

    /**
     * HTTP/1.1 to the hub on pooled connections, each push on the caller's thread (the JDK's
     * HttpClient under Spring's request factory started two threads per request). Retries are
     * this pusher's own ({@link #push}), so the client makes none; nor does it follow redirects.
     */
    static ClientHttpRequestFactory requestFactory(HubClientProperties properties) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.getConnectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.getReadTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .setMaxConnPerRoute(32)
                .setMaxConnTotal(32)
                .build();
        var factory = new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build());
        factory.setConnectionRequestTimeout(properties.getConnectTimeout());
        factory.setReadTimeout(properties.getReadTimeout());
        return factory;
    }

    /**
     * A new structured CloudEvent of the agency: a fresh id, the time now, the data as given.
     * Written once, so that every re-send of it is byte for byte the same.
     */
    public String cloudEvent(String agency, String type, JsonNode data) {
        return cloudEvent(agency, type, UUID.randomUUID().toString(),
                OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.MILLIS), data);
    }

    public String cloudEvent(String agency, String type, String id, OffsetDateTime time, JsonNode data) {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", agency)
                .put("type", type)
                .put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time))
                .put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the event", e);
        }
    }

    /** Pushes one structured CloudEvent as the agency; the answer's id is the hub's exchange id. */
    public HubPush push(String agency, String cloudEvent) {
        String eventId = null;
        String type = null;
        try {
            JsonNode event = mapper.readTree(cloudEvent);
            eventId = event.path("id").asText(null);
            type = event.path("type").asText(null);
        } catch (IOException e) {
            // Not JSON: the hub will say so; the journal has no id or type for it.
        }
        HubPush result = call(agency, EVENTS, CLOUDEVENTS_JSON, cloudEvent.getBytes(StandardCharsets.UTF_8),
                "exchangeId", eventId, type);
        journal.add(result);
        LOG.info("hub push: {} {} event {} -> {}{} after {} attempt(s)", agency, type, eventId, result.status(),
                result.httpStatus() == null ? "" : " (HTTP " + result.httpStatus() + ")", result.attempts());
        return result;
    }

    /** Posts a JSON document (a consent) as the agency; the answer's {@code idField} is the id returned. */
    public HubPush post(String agency, String path, Object body, String idField) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
        HubPush result = call(agency, path, MediaType.APPLICATION_JSON, bytes, idField, null, null);
        LOG.info("hub call: {} POST {} -> {}{} after {} attempt(s)", agency, path, result.status(),
                result.httpStatus() == null ? "" : " (HTTP " + result.httpStatus() + ")", result.attempts());
        return result;
    }

    private HubPush call(String agency, String path, MediaType contentType, byte[] body, String idField,
                         String eventId, String type) {
        int maxAttempts = Math.max(1, properties.getMaxAttempts());
        Duration wait = properties.getBackoff();
        boolean tokenRenewed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            Outcome outcome = once(agency, path, contentType, body, idField);
            if (outcome.status != null && outcome.status == 401 && !tokenRenewed) {
                // A restarted issuer signs with a new key: one more try with a fresh token.
                tokens.discard(agency);
                tokenRenewed = true;
                attempt--;
                continue;
            }
            boolean retriable = outcome.status == null ? outcome.transport : outcome.status >= 500;
            if (outcome.result != null || !retriable || attempt >= maxAttempts) {
                return outcome.toPush(agency, path, eventId, type, attempt);
            }
            sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    /** One attempt: the answer, or why there was none. */
    private static final class Outcome {
        HubPush.Status result;
        Integer status;
        String id;
        JsonNode problem;
        String detail;
        boolean transport;

        HubPush toPush(String agency, String path, String eventId, String type, int attempts) {
            HubPush.Status s = result != null ? result
                    : status != null && status >= 400 && status < 500 ? HubPush.Status.REJECTED : HubPush.Status.FAILED;
            return new HubPush(agency, path, eventId, type, s, status, id, problem, detail, attempts,
                    OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.MILLIS));
        }
    }

    private Outcome once(String agency, String path, MediaType contentType, byte[] body, String idField) {
        Outcome o = new Outcome();
        try {
            String bearer = tokens.bearer(agency);
            ResponseEntity<byte[]> answer = client.post().uri(properties.getUrl() + path)
                    .headers(h -> h.setBearerAuth(bearer))
                    .contentType(contentType)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body)
                    .retrieve()
                    .toEntity(byte[].class);
            o.status = answer.getStatusCode().value();
            if (answer.getStatusCode().is2xxSuccessful()) {
                o.result = HubPush.Status.ACCEPTED;
                JsonNode id = json(answer.getBody()).path(idField);
                o.id = id.isTextual() ? id.textValue() : null;
            } else {
                o.detail = "hub answered HTTP " + o.status;
            }
        } catch (HubTokens.TokenUnavailableException e) {
            o.result = HubPush.Status.FAILED;
            o.detail = "no access token: " + e.getMessage();
        } catch (RestClientResponseException e) {
            HttpStatusCode code = e.getStatusCode();
            o.status = code.value();
            if (code.is4xxClientError()) {
                o.problem = json(e.getResponseBodyAsByteArray());
                if (o.problem.isMissingNode()) {
                    o.problem = null;
                }
                o.detail = "hub refused it: HTTP " + o.status + problemSummary(o.problem);
            } else {
                o.detail = "hub answered HTTP " + o.status;
            }
        } catch (ResourceAccessException e) {
            o.transport = true;
            o.detail = "hub unreachable: " + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName();
        }
        return o;
    }

    /** The problem document's title and detail (RFC 9457): the hub's words about the field and the rule. */
    private static String problemSummary(JsonNode problem) {
        if (problem == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (problem.path("title").isTextual()) {
            s.append(" ").append(problem.get("title").asText());
        }
        if (problem.path("detail").isTextual()) {
            s.append(s.isEmpty() ? " " : ": ").append(problem.get("detail").asText());
        }
        return s.toString();
    }

    private JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
