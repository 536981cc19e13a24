package org.govhub.connectors.support;

import java.util.Optional;

/**
 * The outcomes sink connectors have already obtained, by command id, kept where a crash cannot
 * lose them (the hub's is in PostgreSQL). A command delivered again (a redelivery after a crash
 * between the agency's answer and the broker commit, or a repeat older than the broker's
 * duplicate-id cache) is not carried out again: its recorded outcome is re-sent instead.
 *
 * <p>Only final answers are recorded ({@code APPLIED}, {@code REJECTED}, {@code NOT_APPLICABLE});
 * a {@code FAILED} command stays open so that an operator's replay reaches the agency.
 */
public interface CommandLedger {

    /** The outcome message recorded for the command, exactly as it was sent. */
    Optional<String> outcomeOf(String commandId);

    /** Records the outcome; when one is already there, the first one stands. */
    void record(String commandId, String recipient, String outcomeJson);

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
