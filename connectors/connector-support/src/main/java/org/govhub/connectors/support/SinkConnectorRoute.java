package org.govhub.connectors.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.CommandOutcome;
import org.govhub.contracts.command.OutcomeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape every sink connector shares: consume the agency's command queue in a broker
 * transaction, let the {@link CommandHandler} carry the command out at the agency, and publish
 * the outcome on the results queue.
 *
 * <p>Route id {@code <agency>-sink-<command>}; queue {@code agency.<agency>.<command>.v1}
 * unless {@code govhub.connectors.<agency>.queue} says otherwise. Transient agency failures are
 * retried with exponential backoff and jitter ({@code govhub.connectors.retry.*}); when the
 * retries run out, or the agency breaks its contract, the outcome is {@code FAILED} with the
 * reason and the command's original bytes go to {@code DLQ.<queue>} with that reason, so an
 * operator can replay it. A message that is not a command at all goes to the dead-letter queue
 * at once. A command whose outcome the {@link CommandLedger} already holds (found in the Camel
 * registry; none in a bare connector) is not carried out again: the recorded outcome is re-sent;
 * the look-up, the agency call and the recording run under the ledger's claim on the command id,
 * so two consumers holding the same command (two hub instances) call the agency once. A command
 * the ledger says was withdrawn (its saga compensated) is not carried out, and a compensation
 * waits for the command it undoes and does not call the agency when that command was refused.
 * Only ids, statuses and reason codes are logged: commands carry personal data.
 */
public class SinkConnectorRoute extends RouteBuilder {

    /** Artemis duplicate detection: the broker drops a second message with the same value. */
    public static final String DUPLICATE_ID_HEADER = "_AMQ_DUPL_ID";
    /** Why a message sits in a dead-letter queue. */
    public static final String DLQ_REASON_HEADER = "govhub_dlq_reason";
    public static final String RESULTS_QUEUE = "{{govhub.results.queue:govhub.results.v1}}";

    private static final Logger LOG = LoggerFactory.getLogger(SinkConnectorRoute.class);
    private static final String COMMAND_PROPERTY = "govhub.command";
    private static final String ORIGINAL_BODY_PROPERTY = "govhub.originalBody";

    private final String agency;
    private final String command;
    private final CommandHandler handler;
    private final ObjectMapper mapper;
    private CommandLedger ledger = CommandLedger.NONE;
    private CircuitBreaker breaker;

    public SinkConnectorRoute(String agency, String command, CommandHandler handler, ObjectMapper mapper) {
        this.agency = agency;
        this.command = command;
        this.handler = handler;
        this.mapper = mapper;
    }

    public String routeId() {
        return agency + "-sink-" + command;
    }

    /** The placeholder of this connector's command queue, defaulting to the contract's name. */
    public String queue() {
        return "{{govhub.connectors." + agency + ".queue:agency." + agency + "." + command + ".v1}}";
    }

    @Override
    public void configure() {
        CommandLedger found = getCamelContext().getRegistry().findSingleByType(CommandLedger.class);
        if (found != null) {
            ledger = found;
        }
        CircuitBreakerRegistry breakers = getCamelContext().getRegistry().findSingleByType(CircuitBreakerRegistry.class);
        breaker = (breakers != null ? breakers : AgencyCircuitBreakers.defaults()).circuitBreaker(agency);
        String dlq = "jms:queue:DLQ." + queue();

        onException(AgencyUnavailableException.class)
                .maximumRedeliveries("{{govhub.connectors.retry.maximum-redeliveries:6}}")
                .redeliveryDelay("{{govhub.connectors.retry.initial-delay-ms:500}}")
                .useExponentialBackOff()
                .backOffMultiplier("{{govhub.connectors.retry.multiplier:2}}")
                .maximumRedeliveryDelay("{{govhub.connectors.retry.maximum-delay-ms:10000}}")
                .useCollisionAvoidance()
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logStackTrace(false)
                .handled(true)
                .process(exchange -> failed(exchange, "AGENCY_UNAVAILABLE"))
                .to("jms:queue:" + RESULTS_QUEUE)
                .process(this::restoreOriginal)
                .to(dlq);

        // Before ContractViolationException, its parent: an operator must fix configuration, not a peer.
        onException(AgencyAuthenticationException.class)
                .handled(true)
                .process(exchange -> failed(exchange, "CREDENTIALS_REFUSED"))
                .to("jms:queue:" + RESULTS_QUEUE)
                .process(this::restoreOriginal)
                .to(dlq);

        onException(ContractViolationException.class)
                .handled(true)
                .process(exchange -> failed(exchange, "CONTRACT_VIOLATION"))
                .to("jms:queue:" + RESULTS_QUEUE)
                .process(this::restoreOriginal)
                .to(dlq);

        // Not a command for this connector, or one it cannot map: nothing to retry. When the
        // command could be read, its exchange still learns that this obligation failed.
        onException(InvalidCommandException.class)
                .handled(true)
                .process(exchange -> {
                    Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    LOG.warn("{}: quarantined an invalid command: {}", routeId(), cause.getMessage());
                    exchange.setProperty(DLQ_REASON_HEADER, "INVALID_COMMAND: " + cause.getMessage());
                })
                .filter(exchangeProperty(COMMAND_PROPERTY).isNotNull())
                    .process(exchange -> failed(exchange, "INVALID_COMMAND"))
                    .to("jms:queue:" + RESULTS_QUEUE)
                .end()
                .process(this::restoreOriginal)
                .to(dlq);

        from("jms:queue:" + queue() + "?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers={{govhub.connectors." + agency + ".consumers:1}}")
                .routeId(routeId())
                .process(this::parse)
                .process(this::carryOut)
                .to("jms:queue:" + RESULTS_QUEUE)
                // A command the agency could not carry out (it called the request malformed, say)
                // is kept for an operator to fix and replay, as every failure is.
                .filter(exchangeProperty(DLQ_REASON_HEADER).isNotNull())
                    .process(this::restoreOriginal)
                    .to(dlq)
                .end();
    }

    private void parse(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        exchange.setProperty(ORIGINAL_BODY_PROPERTY, body);
        AgencyCommand parsed;
        try {
            parsed = mapper.readValue(body, AgencyCommand.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // getOriginalMessage leaves out the source excerpt, which may hold personal data.
            throw new InvalidCommandException("unreadable JSON: " + e.getOriginalMessage(), e);
        }
        if (parsed.commandId() == null || parsed.exchangeId() == null || parsed.data() == null) {
            throw new InvalidCommandException("missing commandId, exchangeId or data");
        }
        if (!agency.equals(parsed.recipient()) || !command.equals(parsed.command())) {
            throw new InvalidCommandException("command " + parsed.recipient() + "/" + parsed.command()
                    + " sent to the queue of " + agency + "/" + command);
        }
        exchange.setProperty(COMMAND_PROPERTY, parsed);
    }

    private void carryOut(Exchange exchange) throws Exception {
        AgencyCommand cmd = exchange.getProperty(COMMAND_PROPERTY, AgencyCommand.class);
        // Under the command's claim: another consumer holding the same command (another hub
        // instance, a replay) waits here, then finds the outcome recorded and re-sends it.
        ledger.claimed(cmd.commandId(), () -> {
            var recorded = ledger.outcomeOf(cmd.commandId());
            if (recorded.isPresent()) {
                // Carried out before; the outcome may not have left (a crash before the broker
                // commit). Re-sending it under the same duplicate id is harmless if it did.
                LOG.info("{}: command {} was carried out already; its recorded outcome is re-sent",
                        routeId(), cmd.commandId());
                exchange.getMessage().setBody(recorded.get());
                exchange.getMessage().setHeader(DUPLICATE_ID_HEADER, "outcome:" + cmd.commandId());
                return null;
            }
            Optional<AgencyResult> preempted = preempted(cmd);
            AgencyResult result = preempted.isPresent() ? preempted.get() : callAgency(cmd);
            LOG.info("{}: command {} -> {}{}", routeId(), cmd.commandId(), result.status(),
                    result.reasonCode() == null ? "" : " (" + result.reasonCode() + ")");
            if (result.status() == OutcomeStatus.FAILED) {
                exchange.setProperty(DLQ_REASON_HEADER, result.reasonCode() + ": " + result.reason());
            }
            setOutcome(exchange, cmd, result);
            if (result.status() != OutcomeStatus.FAILED) {
                ledger.record(cmd.commandId(), cmd.recipient(), exchange.getMessage().getBody(String.class));
            }
            return null;
        });
    }

    /**
     * What the ledger says instead of the agency: a command withdrawn before it was carried out
     * is never carried out ({@code NOT_APPLICABLE}, {@code WITHDRAWN}); a compensation whose
     * command is being carried out waits for it here, under that command's claim; one whose
     * command ended refused or not applicable has nothing to undo ({@code NOT_APPLICABLE},
     * {@code NOTHING_TO_UNDO}, the agency not asked). A command with no final outcome (not run
     * yet, or failed, perhaps after the agency applied it: a timeout) will never run now, and the
     * compensation still asks the agency, which undoes whatever it holds or says there is nothing.
     */
    private Optional<AgencyResult> preempted(AgencyCommand cmd) throws Exception {
        Optional<String> withdrawn = ledger.withdrawalOf(cmd.commandId());
        if (withdrawn.isPresent()) {
            return Optional.of(AgencyResult.notApplicable("WITHDRAWN", withdrawn.get()));
        }
        Optional<CommandLedger.Undone> undone = ledger.undoneBy(cmd.commandId());
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> outcome = undone.get().outcome();
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        OutcomeStatus status = mapper.readValue(outcome.get(), CommandOutcome.class).status();
        if (status != OutcomeStatus.APPLIED) {
            return Optional.of(AgencyResult.notApplicable("NOTHING_TO_UNDO",
                    "the command this undoes ended " + status + ": the agency was not asked"));
        }
        return Optional.empty();
    }

    /**
     * One call through the agency's circuit breaker: while it is open (the agency failed again
     * and again), the call is not made and counts as the agency being unavailable, so the
     * command waits in the retries and, if they run out, in the dead-letter queue.
     */
    private AgencyResult callAgency(AgencyCommand cmd) throws AgencyUnavailableException {
        if (!breaker.tryAcquirePermission()) {
            throw new AgencyUnavailableException(agency + " circuit open: calls held back after repeated failures");
        }
        long start = breaker.getCurrentTimestamp();
        try {
            AgencyResult result = handler.handle(cmd);
            breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
            return result;
        } catch (AgencyUnavailableException e) {
            breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
            throw e;
        } catch (RuntimeException e) {
            // A contract breach or a bad command says nothing about the agency being up.
            breaker.releasePermission();
            throw e;
        }
    }

    private void failed(Exchange exchange, String reasonCode) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        AgencyCommand cmd = exchange.getProperty(COMMAND_PROPERTY, AgencyCommand.class);
        String reason = cause == null ? reasonCode : cause.getMessage();
        LOG.warn("{}: command {} failed: {} ({})", routeId(), cmd.commandId(), reasonCode, reason);
        setOutcome(exchange, cmd, AgencyResult.failed(reasonCode, reason));
        exchange.setProperty(DLQ_REASON_HEADER, reasonCode + ": " + reason);
    }

    private void setOutcome(Exchange exchange, AgencyCommand cmd, AgencyResult result) throws Exception {
        Integer redeliveries = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        CommandOutcome outcome = new CommandOutcome(cmd.commandId(), cmd.exchangeId(), cmd.mandate(),
                cmd.recipient(), cmd.command(), result.status(), result.reasonCode(),
                truncate(result.reason()), result.agencyReference(),
                redeliveries == null ? 1 : redeliveries + 1, OffsetDateTime.now(ZoneOffset.UTC));
        exchange.getMessage().setBody(mapper.writeValueAsString(outcome));
        exchange.getMessage().setHeader(DUPLICATE_ID_HEADER, "outcome:" + cmd.commandId()
                + (result.status() == OutcomeStatus.FAILED ? ":failed:" + exchange.getExchangeId() : ""));
    }

    private void restoreOriginal(Exchange exchange) {
        exchange.getMessage().setBody(exchange.getProperty(ORIGINAL_BODY_PROPERTY, String.class));
        exchange.getMessage().removeHeader(DUPLICATE_ID_HEADER);
        String reason = exchange.getProperty(DLQ_REASON_HEADER, String.class);
        if (reason != null) {
            exchange.getMessage().setHeader(DLQ_REASON_HEADER, truncate(reason));
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
