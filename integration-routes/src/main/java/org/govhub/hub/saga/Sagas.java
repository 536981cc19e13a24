package org.govhub.hub.saga;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sagas in PostgreSQL: a later event of a mandate correlated with the exchange that started it
 * by a key both carry (M7: the court case number). A mandate's route decides, for each event,
 * whether the saga's state lets it proceed ({@link #advance}); every attempt is kept as a step,
 * so that what happened to a matter, and why an event was refused, can be read back
 * ({@code GET /api/v1/exchanges/{id}/saga}). Calls join the caller's transaction, which must
 * be the one that opens the event's obligations: state and obligations change together.
 */
@Repository
public class Sagas {

    /** A saga as recorded. */
    public record Saga(String mandate, String correlationKey, String state, UUID startedBy,
                       Map<String, String> attributes, OffsetDateTime startedAt, OffsetDateTime updatedAt) {
    }

    /** One event's attempt to move a saga. */
    public record Step(UUID exchangeId, String eventType, boolean accepted, String fromState, String toState,
                       String reasonCode, String reason, OffsetDateTime at) {
    }

    /** What became of an event: accepted (the saga moved {@code from} → {@code to}) or refused with a reason. */
    public record Decision(boolean accepted, String fromState, String toState, String reasonCode, String reason) {

        public static Decision accept(String from, String to) {
            return new Decision(true, from, to, null, null);
        }

        public static Decision refuse(String from, String reasonCode, String reason) {
            return new Decision(false, from, from, reasonCode, reason);
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    public Sagas(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /**
     * Starts the saga of {@code key} with exchange {@code exchangeId}, in {@code state}. A
     * redelivered event (the same exchange) finds its own saga and its own step and changes
     * nothing; another exchange with a key already in use is refused ({@code DUPLICATE_CORRELATION}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Decision start(String mandate, String key, UUID exchangeId, String eventType, String state,
                          Map<String, String> attributes) {
        Optional<Decision> earlier = stepOf(mandate, exchangeId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int inserted = jdbc.update("""
                insert into saga (mandate, correlation_key, state, started_by, attributes)
                values (?, ?, ?, ?, cast(? as jsonb)) on conflict do nothing""",
                mandate, key, state, exchangeId, json(attributes));
        Decision decision = inserted == 1 ? Decision.accept(null, state)
                : Decision.refuse(lock(mandate, key).map(Saga::state).orElse(null), "DUPLICATE_CORRELATION",
                        "a " + mandate + " saga with this key was already started by another event");
        record(mandate, key, exchangeId, eventType, decision);
        return decision;
    }

    /**
     * Applies {@code rule} to the saga of {@code key}, locked for the rest of the transaction,
     * and records its decision as the event's step (accepted: the saga takes the new state).
     * No saga with that key: refused with {@code UNKNOWN_CORRELATION}. A redelivered event gets
     * its first decision again, whatever the saga's state is now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Decision advance(String mandate, String key, UUID exchangeId, String eventType,
                            java.util.function.Function<Saga, Decision> rule) {
        Optional<Decision> earlier = stepOf(mandate, exchangeId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<Saga> saga = lock(mandate, key);
        Decision decision = saga.map(rule).orElseGet(() -> Decision.refuse(null, "UNKNOWN_CORRELATION",
                "no " + mandate + " saga has this key: no earlier event started it"));
        if (decision.accepted() && !decision.toState().equals(decision.fromState())) {
            jdbc.update("update saga set state = ?, updated_at = now() where mandate = ? and correlation_key = ?",
                    decision.toState(), mandate, key);
        }
        record(mandate, key, exchangeId, eventType, decision);
        return decision;
    }

    /**
     * Moves the saga of {@code key} to {@code to} if it is in one of {@code from} (an outcome
     * that settles a step: the levy answered, the registration done). Returns whether it moved;
     * a saga that an event has meanwhile moved on (a withdrawal before the levy was answered)
     * stays where it is.
     */
    @Transactional
    public boolean settle(String mandate, String key, Set<String> from, String to) {
        return jdbc.update("""
                update saga set state = ?, updated_at = now()
                where mandate = ? and correlation_key = ? and state = any(?)""",
                to, mandate, key, from.toArray(String[]::new)) == 1;
    }

    /**
     * The saga of {@code key} is being compensated by exchange {@code withdrawal}: every command
     * its earlier accepted events sent to a recipient is withdrawn ({@code command_withdrawal}),
     * linked to the compensation {@code withdrawal} sent to the same recipient, if any. The sink
     * connectors' ledger then never carries out a withdrawn command that had not run yet, and a
     * compensation waits for the command it undoes and calls the agency only if that was applied
     * ({@code JdbcCommandLedger}). Call in the transaction that opens the withdrawal's
     * obligations, before its commands are sent. Returns how many commands were withdrawn.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdrawCommands(String mandate, String key, UUID withdrawal) {
        return jdbc.update("""
                insert into command_withdrawal (command_id, mandate, correlation_key, withdrawn_by, compensation_id)
                select o.command_id, ?, ?, ?,
                       (select c.command_id from obligation c
                        where c.exchange_id = ? and c.mandate = o.mandate and c.recipient = o.recipient
                          and c.role = 'RECIPIENT' and c.status = 'PENDING'
                        order by c.command_id limit 1)
                from saga_step s join obligation o on o.exchange_id = s.exchange_id and o.mandate = s.mandate
                where s.mandate = ? and s.correlation_key = ? and s.accepted and s.exchange_id <> ?
                  and o.role = 'RECIPIENT'
                on conflict do nothing""",
                mandate, key, withdrawal, withdrawal, mandate, key, withdrawal);
    }

    /** The commands of the saga of {@code key} that a withdrawal withdrew. */
    public List<String> withdrawnCommands(String mandate, String key) {
        return jdbc.queryForList("""
                select command_id from command_withdrawal where mandate = ? and correlation_key = ?
                order by command_id""", String.class, mandate, key);
    }

    public Optional<Saga> find(String mandate, String key) {
        return jdbc.query("select * from saga where mandate = ? and correlation_key = ?", this::saga, mandate, key)
                .stream().findFirst();
    }

    /** The saga the exchange is a step of, if any. */
    public Optional<Saga> ofExchange(UUID exchangeId) {
        return jdbc.query("""
                select s.* from saga s join saga_step t on t.mandate = s.mandate and t.correlation_key = s.correlation_key
                where t.exchange_id = ?""", this::saga, exchangeId).stream().findFirst();
    }

    /** The decision recorded for the exchange's event, if it was one of this mandate's sagas. */
    public Optional<Decision> stepOf(String mandate, UUID exchangeId) {
        return jdbc.query("select * from saga_step where mandate = ? and exchange_id = ?",
                (rs, n) -> new Decision(rs.getBoolean("accepted"), rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("reason_code"), rs.getString("reason")), mandate, exchangeId).stream().findFirst();
    }

    /** Every step of the saga of {@code key}, oldest first. */
    public List<Step> steps(String mandate, String key) {
        return jdbc.query("""
                select * from saga_step where mandate = ? and correlation_key = ? order by at, exchange_id""",
                (rs, n) -> new Step(rs.getObject("exchange_id", UUID.class), rs.getString("event_type"),
                        rs.getBoolean("accepted"), rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("reason_code"), rs.getString("reason"),
                        rs.getObject("at", OffsetDateTime.class)), mandate, key);
    }

    private Optional<Saga> lock(String mandate, String key) {
        return jdbc.query("select * from saga where mandate = ? and correlation_key = ? for update", this::saga,
                mandate, key).stream().findFirst();
    }

    private void record(String mandate, String key, UUID exchangeId, String eventType, Decision d) {
        jdbc.update("""
                insert into saga_step (mandate, correlation_key, exchange_id, event_type, accepted, from_state,
                                       to_state, reason_code, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                mandate, key, exchangeId, eventType, d.accepted(), d.fromState(), d.toState(), d.reasonCode(),
                d.reason());
    }

    @SuppressWarnings("unchecked")
    private Saga saga(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, String> attributes;
        try {
            attributes = mapper.readValue(rs.getString("attributes"), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saga attributes are not JSON", e);
        }
        return new Saga(rs.getString("mandate"), rs.getString("correlation_key"), rs.getString("state"),
                rs.getObject("started_by", UUID.class), attributes, rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private String json(Map<String, String> attributes) {
        try {
            return mapper.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
