package org.govhub.connectors.support;

/** The agency could not be reached or answered with a transient error; worth retrying. */
public class AgencyUnavailableException extends Exception {

    public AgencyUnavailableException(String message) {
        super(message);
    }

    public AgencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
