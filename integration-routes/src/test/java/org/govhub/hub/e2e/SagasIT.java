package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.saga.Sagas;
import org.govhub.hub.saga.Sagas.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saga mechanism on its own, against the hub's PostgreSQL: a saga started by one exchange,
 * moved by later ones only as its rule allows, every attempt kept as a step, redeliveries
 * answered with their first decision. (M7's end-to-end use: {@link JudicialTransferTaxIT}.)
 */
class SagasIT extends EndToEndSupport {

    private static final String MANDATE = "MTEST";

    @Autowired
    Sagas sagas;
    @Autowired
    ExchangeRepository exchanges;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSagaIsStartedOnceAndMovedOnlyAsItsRuleAllows() {
        String key = "K-" + UUID.randomUUID();
        UUID first = exchange();
        UUID second = exchange();
        UUID third = exchange();

        Decision started = tx(() -> sagas.start(MANDATE, key, first, "gov.test.started.v1", "WAITING", Map.of("unit", "u1")));
        assertThat(started.accepted()).isTrue();
        assertThat(started.toState()).isEqualTo("WAITING");
        assertThat(tx(() -> sagas.start(MANDATE, key, first, "gov.test.started.v1", "WAITING", Map.of())))
                .as("a redelivered start").isEqualTo(started);

        Decision duplicate = tx(() -> sagas.start(MANDATE, key, second, "gov.test.started.v1", "WAITING", Map.of()));
        assertThat(duplicate.accepted()).isFalse();
        assertThat(duplicate.reasonCode()).isEqualTo("DUPLICATE_CORRELATION");

        Decision moved = tx(() -> sagas.advance(MANDATE, key, third, "gov.test.done.v1", s ->
                "u1".equals(s.attributes().get("unit")) && s.state().equals("WAITING")
                        ? Decision.accept(s.state(), "DONE") : Decision.refuse(s.state(), "NOT_WAITING", "not waiting")));
        assertThat(moved).isEqualTo(Decision.accept("WAITING", "DONE"));
        assertThat(sagas.find(MANDATE, key).orElseThrow().state()).isEqualTo("DONE");

        // The same event again gets its first decision, although the rule would now refuse it.
        Decision again = tx(() -> sagas.advance(MANDATE, key, third, "gov.test.done.v1",
                s -> Decision.refuse(s.state(), "NOT_WAITING", "not waiting")));
        assertThat(again).isEqualTo(moved);

        assertThat(sagas.steps(MANDATE, key)).extracting(Sagas.Step::exchangeId, Sagas.Step::accepted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, true),
                        org.assertj.core.groups.Tuple.tuple(second, false),
                        org.assertj.core.groups.Tuple.tuple(third, true));
        assertThat(sagas.ofExchange(third).orElseThrow().startedBy()).isEqualTo(first);
    }

    @Test
    void anEventForAKeyNoEventStartedIsRefused() {
        UUID exchange = exchange();
        Decision d = tx(() -> sagas.advance(MANDATE, "K-unknown-" + UUID.randomUUID(), exchange, "gov.test.done.v1",
                s -> Decision.accept(s.state(), "DONE")));
        assertThat(d.accepted()).isFalse();
        assertThat(d.reasonCode()).isEqualTo("UNKNOWN_CORRELATION");
        assertThat(sagas.stepOf(MANDATE, exchange)).contains(d);
    }

    @Test
    void settlingMovesOnlyFromTheStatesNamed() {
        String key = "K-" + UUID.randomUUID();
        tx(() -> sagas.start(MANDATE, key, exchange(), "gov.test.started.v1", "WAITING", Map.of()));
        assertThat(sagas.settle(MANDATE, key, Set.of("OTHER"), "DONE")).isFalse();
        assertThat(sagas.settle(MANDATE, key, Set.of("WAITING"), "DONE")).isTrue();
        assertThat(sagas.find(MANDATE, key).orElseThrow().state()).isEqualTo("DONE");
    }

    @Test
    void stepsAreTakenOnlyInTheTransactionThatOpensTheEventsObligations() {
        assertThatThrownBy(() -> sagas.start(MANDATE, "K-" + UUID.randomUUID(), exchange(), "gov.test.started.v1",
                "WAITING", Map.of())).isInstanceOf(IllegalTransactionStateException.class);
    }

    private UUID exchange() {
        return exchanges.accept("test", UUID.randomUUID().toString(), "gov.test.started.v1", "test",
                "{}".getBytes(StandardCharsets.UTF_8), null, java.util.List.of()).exchangeId();
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
