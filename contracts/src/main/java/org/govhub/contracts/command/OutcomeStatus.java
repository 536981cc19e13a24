package org.govhub.contracts.command;

/** How a recipient's obligation ended; see events/govhub.command-outcome.v1.schema.json. */
public enum OutcomeStatus {
    /** The agency carried out the command. */
    APPLIED,
    /** The agency refused for a business reason, named by the reason code (arrears, say). */
    REJECTED,
    /** Nothing to do at that agency (no account at that address): an outcome, not a failure. */
    NOT_APPLICABLE,
    /** Could not be carried out: the agency stayed unavailable, or broke its contract. */
    FAILED;

    /** Whether the recipient's part of the mandate is done as the mandate intends. */
    public boolean isSuccess() {
        return this == APPLIED || this == NOT_APPLICABLE;
    }
}
