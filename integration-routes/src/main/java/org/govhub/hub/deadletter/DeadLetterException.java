package org.govhub.hub.deadletter;

import org.springframework.http.HttpStatus;

/** A dead-letter request that cannot be carried out, with the HTTP status and problem type it answers. */
public class DeadLetterException extends Exception {

    private final HttpStatus status;
    private final String type;

    public DeadLetterException(HttpStatus status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }
}
