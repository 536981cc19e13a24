package org.govhub.hub.mandate.m7;

import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.AWAITING_PAYMENT;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.COMPENSATING;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.COMPENSATION_INCOMPLETE;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.LEVY_FAILED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.LEVY_REFUSED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.LEVY_REQUESTED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.REGISTERED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.REGISTRATION_FAILED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.REGISTRATION_REFUSED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.REGISTRATION_REQUESTED;
import static org.govhub.hub.mandate.m7.JudicialTransferSaga.State.WITHDRAWN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.exchange.ExchangeRecord;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.MandateCompletion;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.exchange.ObligationStatus;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateExecutor.Withheld;
import org.govhub.hub.mandate.OutgoingCommand;
import org.govhub.hub.saga.Sagas;
import org.govhub.hub.saga.Sagas.Decision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * M7's saga, one per court case (keyed by the case number 案号):
 * <pre>
 *   order ──► LEVY_REQUESTED ──tax levied──► AWAITING_PAYMENT ──payment──► REGISTRATION_REQUESTED ──► REGISTERED
 *                    │ tax refused / failed: LEVY_REFUSED / LEVY_FAILED          real estate refused / failed:
 *                    │                                                            REGISTRATION_REFUSED / _FAILED
 *   withdrawal (from any state above) ──► COMPENSATING ──► WITHDRAWN (or COMPENSATION_INCOMPLETE)
 * </pre>
 * A payment is accepted while the levy is requested or awaiting payment (tax may confirm a
 * payment before the hub has read its levy answer); in any other state, or for a case number
 * no order started, the event is refused: its recipients are sent nothing and their obligations
 * say why (REJECTED, with UNKNOWN_ORDER, ORDER_WITHDRAWN, ALREADY_PAID, NO_LEVY, UNIT_MISMATCH).
 * The compensation undoes only what was done: tax cancels the levy (refunding what was paid)
 * unless it refused to levy; real estate cancels the registration only if it was asked to register.
 * A withdrawal also withdraws the commands already sent ({@link Sagas#withdrawCommands}): one not
 * carried out yet never is (its obligation ends NOT_APPLICABLE, WITHDRAWN, and the court hears
 * WITHDRAWN for that step), and a compensation waits for the command it undoes, calling the
 * agency only if that command was applied.
 */
@Component
public class JudicialTransferSaga {

    /** The saga's states, as stored in {@code saga.state}. */
    enum State {
        LEVY_REQUESTED, AWAITING_PAYMENT, LEVY_REFUSED, LEVY_FAILED,
        REGISTRATION_REQUESTED, REGISTERED, REGISTRATION_REFUSED, REGISTRATION_FAILED,
        COMPENSATING, WITHDRAWN, COMPENSATION_INCOMPLETE
    }

    private static final String MANDATE = JudicialTransferTaxRoute.MANDATE;
    /** The reason code of a command the connectors' ledger held back because its saga was withdrawn. */
    private static final String WITHDRAWN_COMMAND = "WITHDRAWN";
    private static final String KEY = "caseNumber";
    private static final String UNIT = "unitNumber";
    private static final Set<State> REGISTRATION_ASKED = EnumSet.of(REGISTRATION_REQUESTED, REGISTERED,
            REGISTRATION_REFUSED, REGISTRATION_FAILED);
    private static final Set<State> WITHDRAWAL_STATES = EnumSet.of(COMPENSATING, WITHDRAWN, COMPENSATION_INCOMPLETE);
    /** The generic refusals of {@link Sagas}, in the court's terms. */
    private static final Map<String, String> CODES = Map.of(
            "UNKNOWN_CORRELATION", "UNKNOWN_ORDER",
            "DUPLICATE_CORRELATION", "DUPLICATE_ORDER");
    private static final Map<String, String> REASONS = Map.of(
            "UNKNOWN_ORDER", "no court order with this case number is known to the hub",
            "DUPLICATE_ORDER", "an order with this case number was already received as another event");

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final Sagas sagas;
    private final ObjectMapper mapper;

    public JudicialTransferSaga(MandateExecutor mandates, ExchangeRepository exchanges, Sagas sagas,
                                ObjectMapper mapper) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.sagas = sagas;
        this.mapper = mapper;
    }

    /** The court's order: the saga starts, and tax is asked to levy. */
    @Transactional
    public List<OutgoingCommand> levy(String event, String exchangeId) {
        Event e = read(event);
        Decision d = sagas.start(MANDATE, e.key(), UUID.fromString(exchangeId), e.type(), LEVY_REQUESTED.name(),
                Map.of(UNIT, e.unit()));
        return mandates.fanOut(MANDATE, event, exchangeId, refusedUnless(d));
    }

    /** Tax's payment confirmation: real estate gets the go-ahead, if the order is waiting for it. */
    @Transactional
    public List<OutgoingCommand> register(String event, String exchangeId) {
        Event e = read(event);
        Decision d = sagas.advance(MANDATE, e.key(), UUID.fromString(exchangeId), e.type(), saga -> {
            State state = State.valueOf(saga.state());
            if (!e.unit().equals(saga.attributes().get(UNIT))) {
                return Decision.refuse(saga.state(), "UNIT_MISMATCH", "the payment names another unit than the court's order");
            }
            return switch (state) {
                case LEVY_REQUESTED, AWAITING_PAYMENT -> Decision.accept(saga.state(), REGISTRATION_REQUESTED.name());
                case REGISTRATION_REQUESTED, REGISTERED, REGISTRATION_REFUSED, REGISTRATION_FAILED ->
                        Decision.refuse(saga.state(), "ALREADY_PAID", "a payment for this order was already confirmed");
                case COMPENSATING, WITHDRAWN, COMPENSATION_INCOMPLETE ->
                        Decision.refuse(saga.state(), "ORDER_WITHDRAWN", "the court withdrew this order");
                case LEVY_REFUSED, LEVY_FAILED ->
                        Decision.refuse(saga.state(), "NO_LEVY", "tax levied nothing on this order");
            };
        });
        return mandates.fanOut(MANDATE, event, exchangeId, refusedUnless(d));
    }

    /** The court's withdrawal: each recipient undoes what it did; one that did nothing is sent nothing. */
    @Transactional
    public List<OutgoingCommand> compensate(String event, String exchangeId) {
        Event e = read(event);
        Decision d = sagas.advance(MANDATE, e.key(), UUID.fromString(exchangeId), e.type(), saga -> {
            if (!e.unit().equals(saga.attributes().get(UNIT))) {
                return Decision.refuse(saga.state(), "UNIT_MISMATCH", "the withdrawal names another unit than the court's order");
            }
            if (WITHDRAWAL_STATES.contains(State.valueOf(saga.state()))) {
                return Decision.refuse(saga.state(), "ALREADY_WITHDRAWN", "this order was already withdrawn");
            }
            return Decision.accept(saga.state(), COMPENSATING.name());
        });
        if (!d.accepted()) {
            return mandates.fanOut(MANDATE, event, exchangeId, refusedUnless(d));
        }
        State before = State.valueOf(d.fromState());
        List<OutgoingCommand> compensations = mandates.fanOut(MANDATE, event, exchangeId, r -> switch (r.agency()) {
            case "tax" -> before == LEVY_REFUSED
                    ? nothingToUndo("tax levied nothing on this order")
                    : Optional.empty();
            case "realestate" -> REGISTRATION_ASKED.contains(before)
                    ? Optional.empty()
                    : nothingToUndo("real estate was never asked to register this order");
            default -> throw new IllegalStateException("M7 has no compensation for " + r.agency());
        });
        // Before the compensations leave: the levy or registration still on its way (another
        // queue, a slow or unavailable agency) is never carried out now, and each compensation
        // waits for the command it undoes (JdbcCommandLedger), so it cannot overtake it.
        sagas.withdrawCommands(MANDATE, e.key(), UUID.fromString(exchangeId));
        return compensations;
    }

    /** A step's recipients have all answered: the saga settles, and the court is told. */
    @Transactional
    public List<OutgoingCommand> stepCompleted(MandateCompletion completion) {
        ExchangeRecord exchange = exchanges.find(completion.exchangeId())
                .orElseThrow(() -> new IllegalStateException("exchange " + completion.exchangeId() + " vanished"));
        MandateDeclaration m = mandates.mandate(MANDATE);
        MandateDeclaration.Flow flow = mandates.flowOf(MANDATE, exchange);
        JsonNode data = mandates.eventData(exchange);
        String key = data.path(KEY).asText();
        Decision decision = sagas.stepOf(MANDATE, exchange.id()).orElseThrow(
                () -> new IllegalStateException("M7 exchange " + exchange.id() + " has no saga step"));
        MandateDeclaration.Recipient court = flow.completion().get(0);
        String stage;
        String outcome;
        switch (flow.name()) {
            case "disposal-ordered" -> {
                stage = "LEVY";
                outcome = !decision.accepted() ? "LEVY_REFUSED" : settle(key, completion, "tax", LEVY_REQUESTED,
                        AWAITING_PAYMENT, LEVY_REFUSED, LEVY_FAILED, "LEVIED_AWAITING_PAYMENT", "LEVY_REFUSED", "LEVY_FAILED");
            }
            case "deed-tax-paid" -> {
                if (!decision.accepted()) {
                    // Tax's event was refused (the obligations say why); the court has nothing to hear of it.
                    mandates.completionNotApplicable(m, court, exchange, "PAYMENT_REFUSED",
                            "the payment confirmation was refused: " + decision.reasonCode());
                    return List.of();
                }
                stage = "REGISTRATION";
                outcome = settle(key, completion, "realestate", REGISTRATION_REQUESTED, REGISTERED,
                        REGISTRATION_REFUSED, REGISTRATION_FAILED, "REGISTERED", "REGISTRATION_REFUSED",
                        "REGISTRATION_FAILED");
            }
            case "disposal-withdrawn" -> {
                stage = "WITHDRAWAL";
                if (!decision.accepted()) {
                    outcome = "WITHDRAWAL_REFUSED";
                } else if (completion.allSucceeded()) {
                    sagas.settle(MANDATE, key, Set.of(COMPENSATING.name()), WITHDRAWN.name());
                    outcome = "WITHDRAWN";
                } else {
                    sagas.settle(MANDATE, key, Set.of(COMPENSATING.name()), COMPENSATION_INCOMPLETE.name());
                    outcome = "COMPENSATION_INCOMPLETE";
                }
            }
            default -> throw new IllegalStateException("M7 has no flow " + flow.name());
        }
        return List.of(mandates.completionNotice(m, court, exchange, feedback(data, stage, outcome, key, completion),
                List.of("stage", "outcome", "sagaState", "steps.status", "steps.reasonCode", "steps.reason")));
    }

    /** Moves the saga on by the one recipient's outcome; returns the outcome word the court gets. */
    private String settle(String key, MandateCompletion completion, String agency, State from, State applied,
                          State refused, State failed, String appliedWord, String refusedWord, String failedWord) {
        Optional<Obligation> answered = completion.recipients().stream().filter(o -> o.recipient().equals(agency))
                .findFirst();
        if (answered.filter(o -> WITHDRAWN_COMMAND.equals(o.reasonCode())).isPresent()) {
            // The order was withdrawn before this step was carried out: it never was, and never will be.
            return WITHDRAWN.name();
        }
        ObligationStatus status = answered.map(Obligation::status).orElse(ObligationStatus.FAILED);
        return switch (status) {
            case APPLIED -> {
                sagas.settle(MANDATE, key, Set.of(from.name()), applied.name());
                yield appliedWord;
            }
            case REJECTED, NOT_APPLICABLE -> {
                sagas.settle(MANDATE, key, Set.of(from.name()), refused.name());
                yield refusedWord;
            }
            case FAILED, PENDING -> {
                sagas.settle(MANDATE, key, Set.of(from.name()), failed.name());
                yield failedWord;
            }
        };
    }

    private ObjectNode feedback(JsonNode data, String stage, String outcome, String key, MandateCompletion completion) {
        ObjectNode feedback = mapper.createObjectNode();
        feedback.put("caseNumber", key);
        feedback.put("unitNumber", data.path(UNIT).asText());
        feedback.put("stage", stage);
        feedback.put("outcome", outcome);
        sagas.find(MANDATE, key).ifPresent(s -> feedback.put("sagaState", s.state()));
        ArrayNode steps = feedback.putArray("steps");
        for (Obligation o : completion.recipients()) {
            ObjectNode step = steps.addObject();
            step.put("agency", o.recipient());
            step.put("command", o.command());
            step.put("status", o.status().name());
            if (o.reasonCode() != null) {
                step.put("reasonCode", o.reasonCode());
            }
            if (o.reason() != null) {
                step.put("reason", o.reason().length() > 500 ? o.reason().substring(0, 500) : o.reason());
            }
        }
        return feedback;
    }

    /** Every recipient is sent nothing, with the saga's reason, unless the event was accepted. */
    private static java.util.function.Function<MandateDeclaration.Recipient, Optional<Withheld>> refusedUnless(Decision d) {
        if (d.accepted()) {
            return r -> Optional.empty();
        }
        String code = CODES.getOrDefault(d.reasonCode(), d.reasonCode());
        String reason = REASONS.getOrDefault(code, d.reason());
        return r -> Optional.of(new Withheld(ObligationStatus.REJECTED, code, reason));
    }

    private static Optional<Withheld> nothingToUndo(String reason) {
        return Optional.of(new Withheld(ObligationStatus.NOT_APPLICABLE, "NOTHING_TO_UNDO", reason));
    }

    private record Event(String type, String key, String unit) {
    }

    private Event read(String cloudEvent) {
        try {
            JsonNode node = mapper.readTree(cloudEvent);
            JsonNode data = node.path("data");
            return new Event(node.path("type").asText(), data.path(KEY).asText(), data.path(UNIT).asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
