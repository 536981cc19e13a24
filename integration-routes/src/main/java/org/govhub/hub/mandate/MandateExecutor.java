package org.govhub.hub.mandate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.mandate.FieldProjection;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.consent.ConsentRegistry;
import org.govhub.hub.exchange.ExchangeEvents;
import org.govhub.hub.exchange.ExchangeRecord;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.exchange.ObligationRole;
import org.govhub.hub.exchange.ObligationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every mandate route does the same way: turn an accepted event into one command per
 * recipient, each holding only the fields that recipient's allow-list names, with its
 * obligation opened in the database first; and open completion notices the same way.
 */
@Component
public class MandateExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(MandateExecutor.class);

    private final MandateCatalog catalog;
    private final MandateDeadlines deadlines;
    private final ExchangeRepository exchanges;
    private final ObjectMapper mapper;
    private final ApplicationEventPublisher events;
    private final ConsentRegistry consents;
    private final ProducerTemplate camel;

    public MandateExecutor(MandateCatalog catalog, MandateDeadlines deadlines, ExchangeRepository exchanges,
                           ObjectMapper mapper, ApplicationEventPublisher events, ConsentRegistry consents,
                           @Lazy ProducerTemplate camel) {
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.exchanges = exchanges;
        this.mapper = mapper;
        this.events = events;
        this.consents = consents;
        this.camel = camel;
    }

    /** The flow of mandate {@code mandateId} that started {@code exchange}. */
    public MandateDeclaration.Flow flowOf(String mandateId, ExchangeRecord exchange) {
        return mandate(mandateId).flowFor(exchange.eventType()).orElseThrow(() -> new IllegalStateException(
                "mandate " + mandateId + " has no flow for event type " + exchange.eventType()));
    }

    public MandateDeclaration mandate(String id) {
        return catalog.byId(id).orElseThrow(() -> new IllegalStateException("no mandate " + id + " declared"));
    }

    /**
     * The commands for every recipient of the flow of {@code mandateId} that the CloudEvent
     * {@code event} of exchange {@code exchangeId} starts. A recipient whose condition the event
     * does not meet, or whose consent is not on record, gets nothing: its obligation is opened
     * as NOT_APPLICABLE with the reason. A redelivered event yields the same commands with the
     * same ids, which the broker's duplicate detection drops, and leaves its obligations as they are.
     */
    @Transactional
    public List<OutgoingCommand> fanOut(String mandateId, String event, String exchangeId) {
        return fanOut(mandateId, event, exchangeId, Set.of(), r -> Optional.empty());
    }

    /**
     * Why the mandate's route sends a recipient nothing for this event, whatever the declaration
     * says: a saga whose state does not let the event proceed (M7's payment for an order nobody
     * made), or a compensation with nothing to undo at that recipient. The obligation is opened
     * final with this status and reason.
     */
    public record Withheld(ObligationStatus status, String reasonCode, String reason) {

        public Withheld {
            if (!status.isFinal()) {
                throw new IllegalArgumentException("a withheld command's obligation is final, not " + status);
            }
        }
    }

    /**
     * As {@link #fanOut(String, String, String)}, except that the recipients named in
     * {@code alsoReach} are sent the command whatever their {@code when} condition says (their
     * consent rule still applies): for a mandate whose notices are versions of one record, the
     * agencies that hold an earlier version must get every later one (a correction, say).
     */
    @Transactional
    public List<OutgoingCommand> fanOut(String mandateId, String event, String exchangeId, Set<String> alsoReach) {
        return fanOut(mandateId, event, exchangeId, alsoReach, r -> Optional.empty());
    }

    /**
     * As {@link #fanOut(String, String, String)}, but each recipient for which {@code withhold}
     * gives a reason is sent nothing and its obligation opened with that reason.
     */
    @Transactional
    public List<OutgoingCommand> fanOut(String mandateId, String event, String exchangeId,
                                        java.util.function.Function<MandateDeclaration.Recipient, Optional<Withheld>> withhold) {
        return fanOut(mandateId, event, exchangeId, Set.of(), withhold);
    }

    /** Both of the above: recipients reached whatever their condition, and recipients withheld. */
    @Transactional
    public List<OutgoingCommand> fanOut(String mandateId, String event, String exchangeId, Set<String> alsoReach,
                                        java.util.function.Function<MandateDeclaration.Recipient, Optional<Withheld>> withhold) {
        MandateDeclaration m = mandate(mandateId);
        JsonNode cloudEvent = read(event);
        String eventType = cloudEvent.path("type").asText();
        MandateDeclaration.Flow flow = m.flowFor(eventType).orElseThrow(() -> new IllegalStateException(
                "mandate " + mandateId + " has no flow for event type " + eventType));
        JsonNode data = cloudEvent.get("data");
        String eventId = cloudEvent.path("id").asText();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID exchange = UUID.fromString(exchangeId);
        List<Obligation> obligations = new ArrayList<>();
        List<OutgoingCommand> commands = new ArrayList<>();
        List<MandateDeclaration.Recipient> sent = new ArrayList<>();
        for (MandateDeclaration.Recipient r : flow.recipients()) {
            String commandId = AgencyCommand.commandId(exchangeId, m.id(), r.agency(), r.command());
            Optional<Withheld> withheld = withhold.apply(r);
            if (withheld.isPresent()) {
                obligations.add(new Obligation(m.id(), r.agency(), r.command(), ObligationRole.RECIPIENT, commandId,
                        withheld.get().status(), withheld.get().reasonCode(), withheld.get().reason(), null, null,
                        List.of(), null, null, null));
                continue;
            }
            Optional<String> skipped = skipReason(m, r, data, alsoReach.contains(r.agency()));
            if (skipped.isPresent()) {
                obligations.add(new Obligation(m.id(), r.agency(), r.command(), ObligationRole.RECIPIENT, commandId,
                        ObligationStatus.NOT_APPLICABLE, skipCode(r, data, alsoReach.contains(r.agency())),
                        skipped.get(), null, null, List.of(),
                        null, null, null));
                continue;
            }
            OffsetDateTime dueAt = deadlines.dueAt(m, flow, r, data, now);
            obligations.add(pending(m, r, ObligationRole.RECIPIENT, commandId, dueAt));
            commands.add(command(r, new AgencyCommand(commandId, exchangeId, eventId, m.id(), r.agency(),
                    r.command(), now, dueAt, FieldProjection.project(data, r.fields()))));
            sent.add(r);
        }
        Set<String> opened = exchanges.open(exchange, obligations);
        for (MandateDeclaration.Recipient r : sent) {
            // A redelivered event re-sends its commands (the broker drops the copies): record the sharing once.
            if (opened.contains(AgencyCommand.commandId(exchangeId, m.id(), r.agency(), r.command()))) {
                events.publishEvent(new ExchangeEvents.DataShared(exchange, m.id(), r.agency(), r.command(),
                        r.fields(), data));
            }
        }
        LOG.info("{}/{}: exchange {} fanned out to {}", m.id(), flow.name(), exchangeId,
                sent.stream().map(MandateDeclaration.Recipient::agency).toList());
        if (commands.isEmpty()) {
            // Nobody to ask, so no outcome will come to complete it: complete it now.
            exchanges.completionIfSettled(exchange, m.id()).ifPresent(c ->
                    camel.sendBody(MandateRouteBuilder.completion(m.id()), c));
        }
        return commands;
    }

    /** Why {@code r} gets nothing for this event, if it does not. */
    private Optional<String> skipReason(MandateDeclaration m, MandateDeclaration.Recipient r, JsonNode data,
                                        boolean reachRegardless) {
        if (!reachRegardless && r.when() != null && !r.when().holds(data)) {
            return Optional.of("not asked for: the event does not meet '" + r.when() + "'");
        }
        if (r.consent() != null && !consents.granted(r.consent().purpose(), subject(data, r.consent().subject()),
                r.agency())) {
            return Optional.of("no consent on record for purpose '" + r.consent().purpose() + "' and recipient "
                    + r.agency() + ": nothing was shared");
        }
        return Optional.empty();
    }

    private static String skipCode(MandateDeclaration.Recipient r, JsonNode data, boolean reachRegardless) {
        return !reachRegardless && r.when() != null && !r.when().holds(data) ? "NOT_REQUESTED" : "NO_CONSENT";
    }

    private static String subject(JsonNode data, String dottedPath) {
        JsonNode value = data;
        for (String name : dottedPath.split("\\.", -1)) {
            value = value == null || !value.isObject() ? null : value.get(name);
        }
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The event data of an exchange, as it was accepted. */
    public JsonNode eventData(ExchangeRecord exchange) {
        return read(exchange.payload()).get("data");
    }

    /**
     * A completion notice to {@code r} holding the allow-listed fields of the event plus
     * {@code extra} (e.g. the recipients' outcomes), with its obligation opened.
     */
    @Transactional
    public OutgoingCommand completionNotice(MandateDeclaration m, MandateDeclaration.Recipient r,
                                            ExchangeRecord exchange, ObjectNode data, List<String> extraFields) {
        String exchangeId = exchange.id().toString();
        String commandId = AgencyCommand.commandId(exchangeId, m.id(), r.agency(), r.command());
        List<String> fields = new ArrayList<>(r.fields());
        fields.addAll(extraFields);
        Set<String> opened = exchanges.open(exchange.id(), List.of(new Obligation(m.id(), r.agency(), r.command(),
                ObligationRole.COMPLETION, commandId, ObligationStatus.PENDING, null, null, null, null,
                fields, null, null, null)));
        if (opened.contains(commandId)) {
            events.publishEvent(new ExchangeEvents.DataShared(exchange.id(), m.id(), r.agency(), r.command(), fields,
                    eventData(exchange)));
        }
        return command(r, new AgencyCommand(commandId, exchangeId, exchange.eventId(), m.id(), r.agency(),
                r.command(), OffsetDateTime.now(ZoneOffset.UTC), null, data));
    }

    /** A completion notice that has nobody to go to (no phone number, say): recorded, not sent. */
    public void completionNotApplicable(MandateDeclaration m, MandateDeclaration.Recipient r,
                                        ExchangeRecord exchange, String reasonCode, String reason) {
        exchanges.open(exchange.id(), List.of(new Obligation(m.id(), r.agency(), r.command(),
                ObligationRole.COMPLETION, AgencyCommand.commandId(exchange.id().toString(), m.id(), r.agency(),
                        r.command()),
                ObligationStatus.NOT_APPLICABLE, reasonCode, reason, null, null, List.of(), null, null, null)));
    }

    private static Obligation pending(MandateDeclaration m, MandateDeclaration.Recipient r, ObligationRole role,
                                      String commandId, OffsetDateTime dueAt) {
        return new Obligation(m.id(), r.agency(), r.command(), role, commandId, ObligationStatus.PENDING,
                null, null, null, null, r.fields(), null, dueAt, null);
    }

    private OutgoingCommand command(MandateDeclaration.Recipient r, AgencyCommand command) {
        try {
            return new OutgoingCommand(r.queue(), command.commandId(), command.exchangeId(),
                    mapper.writeValueAsString(command));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
