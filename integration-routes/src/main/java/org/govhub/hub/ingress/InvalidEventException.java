package org.govhub.hub.ingress;

import java.util.List;
import org.govhub.contracts.schema.Violation;

/** The event handed in breaks its envelope or its schema; every violation is named. */
public class InvalidEventException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidEventException(List<Violation> violations) {
        super(violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
