package org.govhub.connectors.support;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The outcomes sink connectors have already obtained, by command id, kept where a crash cannot
 * lose them (the hub's is in PostgreSQL). A command delivered again (a redelivery after a crash
 * between the agency's answer and the broker commit, or a repeat older than the broker's
 * duplicate-id cache) is not carried out again: its recorded outcome is re-sent instead.
 *
 * <p>Only final answers are recorded ({@code APPLIED}, {@code REJECTED}, {@code NOT_APPLICABLE});
 * a {@code FAILED} command stays open so that an operator's replay reaches the agency.
 *
 * <p>Several consumers may hold the same command at once (two hub instances, each with a consumer
 * on the agency's queue, and a repeat or a replay of a command still being carried out), so the
 * route looks up, calls the agency and records inside {@link #claimed}: one holder of a command id
 * at a time, across every process sharing the ledger.
 */
public interface CommandLedger {

    /** The outcome message recorded for the command, exactly as it was sent. */
    Optional<String> outcomeOf(String commandId);

    /** Records the outcome; when one is already there, the first one stands. */
    void record(String commandId, String recipient, String outcomeJson);

    /**
     * Runs {@code attempt} while holding the claim on {@code commandId}: a second caller with the
     * same id waits until the first has finished (its outcome recorded, or not), then runs. The
     * claim ends with the attempt, and with its holder's process: a crashed holder leaves nothing
     * to clean up. Without a shared store there is nothing to claim against.
     */
    default <T> T claimed(String commandId, Callable<T> attempt) throws Exception {
        return attempt.call();
    }

    /**
     * Why the command was withdrawn before it was carried out (its saga was compensated: M7's
     * court withdrew its order), if it was. Asked under the command's claim, after its recorded
     * outcome: a withdrawn command that has no outcome yet is never carried out.
     */
    default Optional<String> withdrawalOf(String commandId) {
        return Optional.empty();
    }

    /**
     * For a compensation: the command it undoes (sent earlier to the same recipient, on another
     * queue), claimed for the rest of the caller's attempt, so that a compensation arriving while
     * that command is being carried out waits for it; and that command's recorded outcome, if any.
     * Empty when {@code compensationId} undoes nothing the ledger knows of.
     */
    default Optional<Undone> undoneBy(String compensationId) {
        return Optional.empty();
    }

    /** The command a compensation undoes, and the outcome recorded for it (none: it was never carried out). */
    record Undone(String commandId, Optional<String> outcome) {
    }

    /** No ledger: a repeat reaches the agency again, and only the agency's request number stops it. */
    CommandLedger NONE = new CommandLedger() {
        @Override
        public Optional<String> outcomeOf(String commandId) {
            return Optional.empty();
        }

        @Override
        public void record(String commandId, String recipient, String outcomeJson) {
            // nothing to keep
        }
    };
}
