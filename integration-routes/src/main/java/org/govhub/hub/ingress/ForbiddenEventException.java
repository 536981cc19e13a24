package org.govhub.hub.ingress;

/** The caller is authenticated but may not hand in this event: another agency's source, or a type it does not emit. */
public class ForbiddenEventException extends RuntimeException {

    public ForbiddenEventException(String detail) {
        super(detail);
    }
}
