package org.govhub.hub.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: an agency system hands in a CloudEvents 1.0 event in structured
 * mode. 202 with the exchange id, 400 with a problem document naming every violation, or 403
 * when the caller's agency is not the event's source or emits no such event.
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventIngressController {

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";

    private final EventIngress ingress;
    private final CallerIdentity callers;

    public EventIngressController(EventIngress ingress, CallerIdentity callers) {
        this.ingress = ingress;
        this.callers = callers;
    }

    @PostMapping(consumes = CLOUDEVENTS_JSON)
    public ResponseEntity<Map<String, Object>> accept(@RequestBody byte[] body, HttpServletRequest request) {
        EventIngress.Receipt receipt = ingress.accept(body, callers.current());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/exchanges/" + receipt.exchangeId()))
                .body(Map.of("exchangeId", receipt.exchangeId().toString(), "duplicate", receipt.duplicate()));
    }

    @ExceptionHandler(ForbiddenEventException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenEventException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN,
                "forbidden-event", "This caller may not hand in this event", e.getMessage()));
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEventException e) {
        return ResponseEntity.badRequest().body(Problems.invalidEvent(e.violations()));
    }
}
