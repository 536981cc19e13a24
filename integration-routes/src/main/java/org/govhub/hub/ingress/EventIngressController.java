package org.govhub.hub.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jms.JmsException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: an agency system hands in a CloudEvents 1.0 event in structured
 * mode. 202 with the exchange id, or 400 with a problem document naming every violation.
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventIngressController {

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    private static final Logger LOG = LoggerFactory.getLogger(EventIngressController.class);

    private final EventIngress ingress;
    private final CallerIdentity callers;

    public EventIngressController(EventIngress ingress, CallerIdentity callers) {
        this.ingress = ingress;
        this.callers = callers;
    }

    @PostMapping(consumes = CLOUDEVENTS_JSON)
    public ResponseEntity<Map<String, Object>> accept(@RequestBody byte[] body, HttpServletRequest request) {
        EventIngress.Receipt receipt = ingress.accept(body, callers.of(request));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/exchanges/" + receipt.exchangeId()))
                .body(Map.of("exchangeId", receipt.exchangeId().toString(), "duplicate", receipt.duplicate()));
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEventException e) {
        return ResponseEntity.badRequest().body(Problems.invalidEvent(e.violations()));
    }

    /**
     * The event could not be recorded or published just now. Nothing was lost: the caller sends
     * the same event (same id) again, and the hub carries it out once.
     */
    @ExceptionHandler({JmsException.class, DataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        LOG.warn("event not accepted, hub dependency unavailable: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "hub-unavailable", "Try again",
                        "the hub could not record or publish the event just now; send the same event again"));
    }
}
