package org.govhub.hub.ledger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.govhub.connectors.support.CommandLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sink connectors' {@link CommandLedger} in PostgreSQL ({@code command_ledger}, unique on the
 * command id): it outlives a crash of the hub, and unlike the broker's duplicate-id cache it
 * never forgets. The row commits before the broker transaction that sends the outcome, so a
 * crash in between redelivers the command and re-sends this outcome.
 *
 * <p>The claim on a command id is a PostgreSQL transaction-level advisory lock held for the
 * attempt's transaction: a second hub instance (or a second consumer) holding the same command
 * waits for it, then reads the outcome the first recorded. A crashed holder's connection closes
 * and its lock goes with it, so the redelivered command is carried out by whoever gets it next.
 * Each attempt holds one pooled connection for the length of its agency call.
 */
@Component
public class JdbcCommandLedger implements CommandLedger {

    /** The first key of the ledger's two-key advisory locks (the audit log's one-key lock is another space). */
    static final int CLAIM_LOCK_SPACE = 0x4c656467;

    private final JdbcTemplate jdbc;

    public JdbcCommandLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The look-up, the call and the recording it wraps all run in this transaction, under the lock. */
    @Override
    @Transactional(rollbackFor = Exception.class)
    public <T> T claimed(String commandId, Callable<T> attempt) throws Exception {
        jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))", CLAIM_LOCK_SPACE, commandId);
        return attempt.call();
    }

    @Override
    public Optional<String> outcomeOf(String commandId) {
        List<String> found = jdbc.queryForList("select outcome from command_ledger where command_id = ?",
                String.class, commandId);
        return found.stream().findFirst();
    }

    @Override
    public Optional<String> withdrawalOf(String commandId) {
        return jdbc.queryForList("""
                select mandate || ' saga ' || correlation_key || ' was withdrawn (exchange ' || withdrawn_by
                       || ') before this command was carried out: it never will be'
                from command_withdrawal where command_id = ?""", String.class, commandId).stream().findFirst();
    }

    /**
     * Takes the claim on the undone command as well (the compensation's own claim is held
     * already; a command only ever waits for the one it undoes, so the locks cannot cycle), then
     * reads its outcome: a command being carried out is finished, and recorded, before this returns.
     */
    @Override
    public Optional<Undone> undoneBy(String compensationId) {
        List<String> undone = jdbc.queryForList(
                "select command_id from command_withdrawal where compensation_id = ? order by command_id",
                String.class, compensationId);
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        String commandId = undone.get(0);
        jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))", CLAIM_LOCK_SPACE, commandId);
        return Optional.of(new Undone(commandId, outcomeOf(commandId)));
    }

    @Override
    public void record(String commandId, String recipient, String outcomeJson) {
        jdbc.update("insert into command_ledger (command_id, recipient, outcome) values (?, ?, ?) on conflict do nothing",
                commandId, recipient, outcomeJson);
    }
}
