package org.govhub.hub.ingress;

import java.net.URI;
import java.util.List;
import org.govhub.contracts.schema.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem documents the hub answers with; each type is a stable URI callers can match. */
public final class Problems {

    public static final String BASE = "https://govhub.org/problems/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + type));
        p.setTitle(title);
        return p;
    }

    /** 400 naming every violation at once, so a caller fixes its event in one round. */
    public static ProblemDetail invalidEvent(List<Violation> violations) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-event", "The event is not valid",
                violations.size() + " violation(s): " + String.join("; ",
                        violations.stream().map(v -> v.pointer() + ": " + v.message()).toList()));
        p.setProperty("violations", violations);
        return p;
    }
}
