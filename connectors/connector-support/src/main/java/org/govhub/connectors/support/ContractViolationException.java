package org.govhub.connectors.support;

/**
 * The agency answered, but not as its published contract says (unknown status, missing field,
 * wrong content type). Not retried: the outcome is FAILED with this message as the reason.
 */
public class ContractViolationException extends RuntimeException {

    public ContractViolationException(String message) {
        super(message);
    }

    public ContractViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
