package org.govhub.hub.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.contracts.schema.EventSchemas;
import org.govhub.contracts.schema.Violation;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.mandate.MandateDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;

/**
 * Accepting an event: check the CloudEvents envelope, check {@code data} against the event
 * type's schema (identifiers by their real rules), record it, and publish it to the event
 * type's multicast address, where every mandate it triggers has its own queue.
 */
@Service
public class EventIngress {

    /** Artemis duplicate detection: a second publication of the same exchange is dropped. */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    public static final String EXCHANGE_ID_HEADER = "govhub_exchange_id";

    private static final Logger LOG = LoggerFactory.getLogger(EventIngress.class);
    private static final int MAX_ID_LENGTH = 200;
    /** Far above any real event (an M1 transfer is about 1 KiB); stops a runaway body before parsing. */

    private final ObjectMapper mapper;
    private final int maxNestingDepth;
    private final EventSchemas schemas;
    private final MandateCatalog mandates;
    private final MandateDeadlines deadlines;
    private final ExchangeRepository exchanges;
    private final JmsTemplate topics;

    public EventIngress(ObjectMapper mapper, EventSchemas schemas, MandateCatalog mandates,
                        MandateDeadlines deadlines, ExchangeRepository exchanges, JmsTemplate jmsTemplate,
                        IngressLimits limits) {
        // Its own parser, so the nesting limit of events binds nothing else the hub reads.
        this.mapper = mapper.copy();
        this.mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.getMaxNestingDepth()).build());
        this.maxNestingDepth = limits.getMaxNestingDepth();
        this.schemas = schemas;
        this.mandates = mandates;
        this.deadlines = deadlines;
        this.exchanges = exchanges;
        this.topics = new JmsTemplate(jmsTemplate.getConnectionFactory());
        this.topics.setPubSubDomain(true);
        this.topics.setSessionTransacted(true);
    }

    /** The result of handing an event in: its exchange, and whether it was already known. */
    public record Receipt(UUID exchangeId, boolean duplicate) {
    }

    public Receipt accept(byte[] body, CallerIdentity.Caller caller) {
        JsonNode event = parse(body);
        List<Violation> violations = new ArrayList<>();
        String id = requiredString(event, "id", violations);
        String source = requiredString(event, "source", violations);
        String type = requiredString(event, "type", violations);
        authorise(caller, source, type);
        String specversion = requiredString(event, "specversion", violations);
        if (specversion != null && !"1.0".equals(specversion)) {
            violations.add(new Violation("/specversion", "const", "specversion must be \"1.0\" (CloudEvents 1.0)"));
        }
        if (id != null && id.length() > MAX_ID_LENGTH) {
            violations.add(new Violation("/id", "maxLength", "id must be at most " + MAX_ID_LENGTH + " characters"));
        }
        JsonNode contentType = event.get("datacontenttype");
        if (contentType != null && !(contentType.isTextual() && contentType.asText().startsWith("application/json"))) {
            violations.add(new Violation("/datacontenttype", "const", "datacontenttype must be application/json"));
        }
        List<MandateDeclaration> triggered = type == null ? List.of() : mandates.triggeredBy(type);
        if (type != null && triggered.isEmpty()) {
            violations.add(new Violation("/type", "enum", "no mandate is triggered by event type '" + type
                    + "'; accepted types: " + acceptedTypes()));
        }
        for (MandateCatalog.TriggeredFlow t : mandates.flowsTriggeredBy(type == null ? "" : type)) {
            if (source != null && !t.flow().trigger().source().equals(source)) {
                violations.add(new Violation("/source", "const", "events of type " + type
                        + " come from source '" + t.flow().trigger().source() + "'"));
                break;
            }
        }
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            violations.add(new Violation("/data", "type", "data must be a JSON object"));
        } else if (!triggered.isEmpty()) {
            schemas.validate(type, data).forEach(v -> violations.add(
                    new Violation("/data" + v.pointer(), v.rule(), v.message())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidEventException(violations);
        }

        OffsetDateTime dueAt = deadlines.dueAt(mandates.flowsTriggeredBy(type), data, OffsetDateTime.now(ZoneOffset.UTC));
        ExchangeRepository.Accepted accepted = exchanges.accept(source, id, type, caller.name(), body, dueAt,
                triggered.stream().map(MandateDeclaration::id).toList());
        if (accepted.published()) {
            LOG.info("event {} from {} already accepted as exchange {}", id, source, accepted.exchangeId());
            return new Receipt(accepted.exchangeId(), true);
        }
        publish(type, accepted.exchangeId(), body);
        exchanges.markPublished(accepted.exchangeId());
        LOG.info("event {} of type {} from {} accepted as exchange {}", id, type, source, accepted.exchangeId());
        return new Receipt(accepted.exchangeId(), !accepted.isNew());
    }

    /**
     * An agency hands in only its own events, of a type one of its mandates lets it emit. Checked
     * before the data is looked at, so a caller learns nothing about events it may not send.
     */
    private void authorise(CallerIdentity.Caller caller, String source, String type) {
        String agency = caller.agency();
        if (agency == null) {
            throw new ForbiddenEventException("the token names no agency (claim 'agency'), so it cannot hand in events");
        }
        if (source != null && !source.equals(agency)) {
            throw new ForbiddenEventException("agency '" + agency + "' may hand in only events whose source is '"
                    + agency + "', not '" + source + "'");
        }
        if (type != null) {
            List<MandateCatalog.TriggeredFlow> triggered = mandates.flowsTriggeredBy(type);
            if (!triggered.isEmpty() && triggered.stream().noneMatch(t -> t.flow().trigger().source().equals(agency))) {
                throw new ForbiddenEventException("no mandate lets agency '" + agency + "' emit events of type " + type);
            }
        }
    }

    private void publish(String type, UUID exchangeId, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        topics.send(type, session -> {
            var message = session.createTextMessage(text);
            message.setStringProperty(EXCHANGE_ID_HEADER, exchangeId.toString());
            message.setStringProperty(DUPLICATE_ID, "event:" + exchangeId);
            return message;
        });
    }

    private JsonNode parse(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                // UTF-16 or UTF-32 without a byte-order mark: JSON text never holds a raw NUL.
                throw new InvalidEventException(List.of(new Violation("", "charset",
                        "the body is not UTF-8 text; events must be encoded in UTF-8")));
            }
        }
        try {
            // Strictly UTF-8 (RFC 8259): Jackson would also read UTF-16 or UTF-32, and the event is
            // stored and forwarded as UTF-8 text, so anything else would reach agencies garbled.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new InvalidEventException(List.of(new Violation("", "charset",
                    "the body is not UTF-8 text; events must be encoded in UTF-8")));
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidEventException(List.of(new Violation("", "type",
                        "the body must be a CloudEvents 1.0 JSON object")));
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new InvalidEventException(List.of(new Violation("", "maxDepth",
                    "the event is nested more than " + maxNestingDepth + " levels deep")));
        } catch (JsonProcessingException e) {
            // The original message leaves out the source excerpt, which may hold personal data.
            throw new InvalidEventException(List.of(new Violation("", "json",
                    "the body is not valid JSON: " + e.getOriginalMessage())));
        } catch (java.io.IOException e) {
            throw new InvalidEventException(List.of(new Violation("", "json", "the body could not be read")));
        }
    }

    private static String requiredString(JsonNode event, String attribute, List<Violation> violations) {
        JsonNode v = event.get(attribute);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            violations.add(new Violation("/" + attribute, "required",
                    "CloudEvents attribute '" + attribute + "' is required and must be a non-empty string"));
            return null;
        }
        return v.asText();
    }

    private String acceptedTypes() {
        return mandates.allFlows().stream().map(t -> t.flow().trigger().eventType()).distinct().sorted().toList()
                .toString();
    }
}
