package org.govhub.connectors.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sink route every connector shares: what goes to the results queue and to the dead-letter
 * queue for each way a command can end. The broker is replaced by mock endpoints.
 */
class SinkConnectorRouteTest extends CamelTestSupport {

    static final String RESULTS = "jms:queue:govhub.results.v1";
    static final String DLQ = "jms:queue:DLQ.agency.water.account-transfer.v1";
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    /** What the handler does next: a result, or an exception to throw; the last one repeats. */
    final Deque<Object> script = new ArrayDeque<>();
    final AtomicInteger calls = new AtomicInteger();
    /** The ledger the hub keeps in PostgreSQL, here a map: what matters is what the route asks of it. */
    final Map<String, String> ledger = new ConcurrentHashMap<>();
    /** The command id whose claim is held right now, and what it was each time the agency was called. */
    final java.util.concurrent.atomic.AtomicReference<String> claimHeld = new java.util.concurrent.atomic.AtomicReference<>();
    final java.util.List<String> claimAtEachCall = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Commands a saga's withdrawal withdrew (id to reason), and compensations (id to the command they undo). */
    final Map<String, String> withdrawn = new ConcurrentHashMap<>();
    final Map<String, String> undoes = new ConcurrentHashMap<>();
    /** The claims held each time the ledger was asked what a compensation undoes. */
    final java.util.List<String> claimAtUndoneBy = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.put("govhub.connectors.retry.maximum-redeliveries", "2");
        p.put("govhub.connectors.retry.initial-delay-ms", "1");
        p.put("govhub.connectors.retry.maximum-delay-ms", "5");
        return p;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Stand in for the broker: every jms: endpoint the route sends to becomes a mock.
        context.addComponent("jms", new MockComponent());
        // A breaker that opens after five failed calls of the last ten, and stays open.
        context.getRegistry().bind("agencyCircuitBreakers", io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.of(
                AgencyCircuitBreakers.config(50, 10, 5, java.time.Duration.ofMinutes(10), 1)));
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("commandLedger", CommandLedger.class, new CommandLedger() {
            @Override
            public Optional<String> outcomeOf(String commandId) {
                return Optional.ofNullable(ledger.get(commandId));
            }

            @Override
            public void record(String commandId, String recipient, String outcomeJson) {
                assertThat(claimHeld.get()).as("recorded under the command's claim").isEqualTo(commandId);
                ledger.putIfAbsent(commandId, outcomeJson);
            }

            @Override
            public Optional<String> withdrawalOf(String commandId) {
                return Optional.ofNullable(withdrawn.get(commandId));
            }

            @Override
            public Optional<Undone> undoneBy(String compensationId) {
                claimAtUndoneBy.add(String.valueOf(claimHeld.get()));
                return Optional.ofNullable(undoes.get(compensationId))
                        .map(undone -> new Undone(undone, Optional.ofNullable(ledger.get(undone))));
            }

            @Override
            public <T> T claimed(String commandId, java.util.concurrent.Callable<T> attempt) throws Exception {
                claimHeld.set(commandId);
                try {
                    return attempt.call();
                } finally {
                    claimHeld.set(null);
                }
            }
        });
    }

    @Override
    protected SinkConnectorRoute createRouteBuilder() {
        return new SinkConnectorRoute("water", "account-transfer", command -> {
            calls.incrementAndGet();
            claimAtEachCall.add(String.valueOf(claimHeld.get()));
            Object next = script.size() > 1 ? script.poll() : script.peek();
            if (next instanceof AgencyUnavailableException e) {
                throw e;
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (AgencyResult) next;
        }, MAPPER);
    }

    @BeforeEach
    void replaceTheConsumer() throws Exception {
        AdviceWith.adviceWith(context, "water-sink-account-transfer", a -> a.replaceFromWith("direct:commands"));
        context.start();
    }

    @Test
    void anAppliedCommandPublishesItsOutcomeOnceAndNothingIsDeadLettered() throws Exception {
        script.add(AgencyResult.applied("GH-1"));

        template.sendBody("direct:commands", command("water", "account-transfer"));

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("APPLIED");
        assertThat(outcome.path("agencyReference").asText()).isEqualTo("GH-1");
        assertThat(outcome.path("attempts").asInt()).isEqualTo(1);
        assertThat(mock(RESULTS).getExchanges().get(0).getMessage().getHeader(SinkConnectorRoute.DUPLICATE_ID_HEADER))
                .isEqualTo("outcome:x-1:water");
        assertThat(mock(DLQ).getReceivedCounter()).isZero();
    }

    @Test
    void theAgencyIsCalledOnlyUnderTheCommandsClaimSoThatTwoInstancesCannotBothCallIt() throws Exception {
        script.add(new AgencyUnavailableException("water answered HTTP 503"));
        script.add(AgencyResult.applied("GH-2"));

        template.sendBody("direct:commands", command("water", "account-transfer"));

        // Each attempt, the retry too, holds the claim: another holder of the command waits for it.
        assertThat(claimAtEachCall).containsExactly("x-1:water", "x-1:water");
        assertThat(claimHeld.get()).isNull();
        assertThat(ledger).containsKey("x-1:water");
    }

    @Test
    void aTransientFailureIsRetriedAndThenApplied() throws Exception {
        script.add(new AgencyUnavailableException("water answered HTTP 503"));
        script.add(new AgencyUnavailableException("water answered HTTP 503"));
        script.add(AgencyResult.applied("GH-2"));

        template.sendBody("direct:commands", command("water", "account-transfer"));

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("APPLIED");
        assertThat(outcome.path("attempts").asInt()).isEqualTo(3);
        assertThat(calls).hasValue(3);
        assertThat(mock(DLQ).getReceivedCounter()).isZero();
    }

    @Test
    void whenRetriesRunOutTheOutcomeIsFailedAndTheOriginalIsDeadLetteredWithTheReason() throws Exception {
        script.add(new AgencyUnavailableException("water unreachable: ConnectException"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("FAILED");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
        assertThat(calls).hasValue(3);
        assertDeadLettered(original, "AGENCY_UNAVAILABLE: water unreachable: ConnectException");
    }

    @Test
    void aDeadAgencyIsNoLongerCalledOnceItsCircuitOpens() throws Exception {
        script.add(new AgencyUnavailableException("water unreachable: ConnectException"));

        // Two commands of three attempts each, all failing: the breaker opens at the fifth failed
        // call, so the second command's last attempt is already held back.
        template.sendBody("direct:commands", command("water", "account-transfer"));
        template.sendBody("direct:commands", command("water", "account-transfer"));
        int callsBefore = calls.get();
        assertThat(callsBefore).isEqualTo(5);

        String third = command("water", "account-transfer");
        template.sendBody("direct:commands", third);

        assertThat(calls).as("no call reaches the agency while the circuit is open").hasValue(callsBefore);
        MockEndpoint results = mock(RESULTS);
        JsonNode last = MAPPER.readTree(results.getExchanges().get(2).getMessage().getBody(String.class));
        assertThat(last.path("status").asText()).isEqualTo("FAILED");
        assertThat(last.path("reason").asText()).contains("circuit open");
        assertThat(mock(DLQ).getReceivedCounter()).as("each command kept for replay").isEqualTo(3);
    }

    @Test
    void aContractViolationFailsAtOnceWithoutRetries() throws Exception {
        script.add(new ContractViolationException("water answered code 7777, which its contract does not document"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("FAILED");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("CONTRACT_VIOLATION");
        assertThat(calls).hasValue(1);
        assertDeadLettered(original, "CONTRACT_VIOLATION: water answered code 7777, which its contract does not document");
    }

    @Test
    void refusedCredentialsFailAtOnceWithTheirOwnReason() throws Exception {
        script.add(new AgencyAuthenticationException("water refused the hub's credentials (HTTP 401); check govhub.connectors.water.*"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("FAILED");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("CREDENTIALS_REFUSED");
        assertThat(outcome.path("reason").asText()).contains("govhub.connectors.water.*");
        assertThat(calls).hasValue(1);
        assertDeadLettered(original, "CREDENTIALS_REFUSED: water refused the hub's credentials (HTTP 401); check govhub.connectors.water.*");
    }

    @Test
    void aFailedResultIsReportedAndKeptForReplay() throws Exception {
        script.add(AgencyResult.failed("INVALID_REQUEST", "water refused the request as invalid"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);

        assertThat(single(RESULTS).path("status").asText()).isEqualTo("FAILED");
        assertDeadLettered(original, "INVALID_REQUEST: water refused the request as invalid");
    }

    @Test
    void aCommandCarriedOutBeforeIsNotCarriedOutAgainAndItsRecordedOutcomeIsResent() throws Exception {
        script.add(AgencyResult.applied("GH-7"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);
        template.sendBody("direct:commands", original);

        assertThat(calls).as("the agency is called once").hasValue(1);
        MockEndpoint results = mock(RESULTS);
        assertThat(results.getReceivedCounter()).isEqualTo(2);
        var first = results.getExchanges().get(0).getMessage();
        var second = results.getExchanges().get(1).getMessage();
        assertThat(second.getBody(String.class)).isEqualTo(first.getBody(String.class));
        assertThat(second.getHeader(SinkConnectorRoute.DUPLICATE_ID_HEADER))
                .isEqualTo(first.getHeader(SinkConnectorRoute.DUPLICATE_ID_HEADER)).isEqualTo("outcome:x-1:water");
        assertThat(mock(DLQ).getReceivedCounter()).isZero();
    }

    @Test
    void aFailedCommandIsNotRecordedSoThatItsReplayReachesTheAgency() throws Exception {
        script.add(AgencyResult.failed("INVALID_REQUEST", "water refused the request as invalid"));
        script.add(AgencyResult.applied("GH-8"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);
        assertThat(ledger).isEmpty();
        template.sendBody("direct:commands", original);

        assertThat(calls).hasValue(2);
        MockEndpoint results = mock(RESULTS);
        assertThat(MAPPER.readTree(results.getExchanges().get(1).getMessage().getBody(String.class))
                .path("status").asText()).isEqualTo("APPLIED");
        assertThat(ledger).containsKey("x-1:water");
    }

    @Test
    void aRejectionIsAnOutcomeNotAFailure() throws Exception {
        script.add(AgencyResult.rejected("ARREARS", "the water account has unpaid arrears"));

        template.sendBody("direct:commands", command("water", "account-transfer"));

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("REJECTED");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("ARREARS");
        assertThat(mock(DLQ).getReceivedCounter()).isZero();
    }

    @Test
    void unreadableJsonIsQuarantinedAtOnceAndNeverReachesTheAgency() throws Exception {
        template.sendBody("direct:commands", "{not json");

        assertDeadLettered("{not json", "INVALID_COMMAND: unreadable JSON");
        assertThat(calls).hasValue(0);
        assertThat(mock(RESULTS).getReceivedCounter()).isZero();
    }

    @Test
    void aCommandForAnotherAgencyIsQuarantinedAndReportedFailed() throws Exception {
        String original = command("power", "account-transfer");

        template.sendBody("direct:commands", original);

        assertThat(calls).hasValue(0);
        assertDeadLettered(original, "INVALID_COMMAND: command power/account-transfer sent to the queue of water");
    }

    @Test
    void anInvalidCommandTheHandlerFindsIsReportedFailed() throws Exception {
        script.add(new InvalidCommandException("data.unitNumber is missing"));
        String original = command("water", "account-transfer");

        template.sendBody("direct:commands", original);

        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("FAILED");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("INVALID_COMMAND");
        assertDeadLettered(original, "INVALID_COMMAND: data.unitNumber is missing");
    }

    private void assertDeadLettered(String original, String reasonPrefix) {
        MockEndpoint dlq = mock(DLQ);
        assertThat(dlq.getReceivedCounter()).isEqualTo(1);
        var message = dlq.getExchanges().get(0).getMessage();
        assertThat(message.getBody(String.class)).isEqualTo(original);
        assertThat(message.getHeader(SinkConnectorRoute.DLQ_REASON_HEADER, String.class)).startsWith(reasonPrefix);
    }

    private JsonNode single(String uri) throws Exception {
        MockEndpoint m = mock(uri);
        assertThat(m.getReceivedCounter()).as(uri).isEqualTo(1);
        return MAPPER.readTree(m.getExchanges().get(0).getMessage().getBody(String.class));
    }

    private MockEndpoint mock(String uri) {
        return context.getEndpoint(uri, MockEndpoint.class);
    }

    @Test
    void aCommandWithdrawnBeforeItWasCarriedOutIsNeverCarriedOut() throws Exception {
        script.add(AgencyResult.applied("GH-20"));
        withdrawn.put("x-1:water", "M7 saga withdrawn before this command was carried out");

        template.sendBody("direct:commands", command("water", "account-transfer"));

        assertThat(calls).as("the agency is not called").hasValue(0);
        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("WITHDRAWN");
        assertThat(ledger).as("a final answer: a replay re-sends it").containsKey("x-1:water");
        assertThat(mock(DLQ).getReceivedCounter()).isZero();
    }

    @Test
    void aCompensationOfARefusedCommandHasNothingToUndoAndDoesNotCallTheAgency() throws Exception {
        script.add(AgencyResult.applied("GH-21"));
        undoes.put("x-1:water", "c-0:water");
        ledger.put("c-0:water", outcome("c-0:water", org.govhub.contracts.command.OutcomeStatus.REJECTED));

        template.sendBody("direct:commands", command("water", "account-transfer"));

        assertThat(calls).hasValue(0);
        JsonNode outcome = single(RESULTS);
        assertThat(outcome.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(outcome.path("reasonCode").asText()).isEqualTo("NOTHING_TO_UNDO");
        assertThat(claimAtUndoneBy).as("asked under the compensation's own claim").containsExactly("x-1:water");
    }

    @Test
    void aCompensationOfAnAppliedOrUnfinishedCommandAsksTheAgency() throws Exception {
        script.add(AgencyResult.applied("GH-22"));
        undoes.put("x-1:water", "c-0:water");
        ledger.put("c-0:water", outcome("c-0:water", org.govhub.contracts.command.OutcomeStatus.APPLIED));

        template.sendBody("direct:commands", command("water", "account-transfer"));

        assertThat(calls).hasValue(1);
        assertThat(single(RESULTS).path("status").asText()).isEqualTo("APPLIED");

        // Without a final outcome (it failed, perhaps after the agency applied it) the agency is asked too.
        ledger.clear();
        mock(RESULTS).reset();
        template.sendBody("direct:commands", command("water", "account-transfer"));
        assertThat(calls).hasValue(2);
    }

    private static String outcome(String commandId, org.govhub.contracts.command.OutcomeStatus status) throws Exception {
        return MAPPER.writeValueAsString(new org.govhub.contracts.command.CommandOutcome(commandId,
                "6f1c2f0e-8a55-4b1e-9d0c-0c9a3e4f5a61", "M7", "water", "levy", status, null, null, null, 1,
                java.time.OffsetDateTime.parse("2026-11-25T10:00:00Z")));
    }

    private static String command(String recipient, String command) throws Exception {
        JsonNode data = MAPPER.readTree("{\"unitNumber\":\"371526001001GB00001F00010001\"}");
        return MAPPER.writeValueAsString(new AgencyCommand("x-1:" + recipient, "6f1c2f0e-8a55-4b1e-9d0c-0c9a3e4f5a61",
                "ev-1", "M1", recipient, command, null, null, data));
    }
}
