package org.govhub.connectors.support;

/** A message on a command queue that is not a command for this connector: quarantined at once. */
public class InvalidCommandException extends RuntimeException {

    public InvalidCommandException(String message) {
        super(message);
    }

    public InvalidCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
