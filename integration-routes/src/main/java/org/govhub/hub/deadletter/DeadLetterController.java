package org.govhub.hub.deadletter;

import jakarta.jms.JMSException;
import java.util.List;
import java.util.Map;
import org.govhub.hub.ingress.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead letters for operators, under {@code /api/v1/dead-letters}: list, inspect (with the
 * original bytes), replay onto the queue the message came from, discard with a note; and the
 * record of what was done ({@code /actions}). Replay and discard are idempotent per message.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
public class DeadLetterController {

    /** The operator's note; required to discard. */
    public record Note(String note) {
    }

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public Map<String, Object> list() throws JMSException {
        List<DeadLetter> letters = deadLetters.list().stream().map(DeadLetter::summary).toList();
        return Map.of("count", letters.size(), "queues", deadLetters.queues(), "deadLetters", letters);
    }

    @GetMapping("/actions")
    public List<DeadLetterAction> actions() {
        return deadLetters.actions();
    }

    @GetMapping("/{id}")
    public ResponseEntity<?> inspect(@PathVariable String id) throws JMSException {
        return deadLetters.inspect(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(new DeadLetterException(HttpStatus.NOT_FOUND, "dead-letter-not-found",
                        "no dead letter with id '" + id + "'")));
    }

    @PostMapping("/{id}/replay")
    public DeadLetterAction replay(@PathVariable String id, @RequestBody(required = false) Note note,
                                   Authentication caller) throws DeadLetterException, JMSException {
        return deadLetters.replay(id, note == null ? null : note.note(), actor(caller));
    }

    @PostMapping("/{id}/discard")
    public DeadLetterAction discard(@PathVariable String id, @RequestBody(required = false) Note note,
                                    Authentication caller) throws DeadLetterException, JMSException {
        return deadLetters.discard(id, note == null ? null : note.note(), actor(caller));
    }

    /**
     * Who acts, for the audit log: the person logged in (the token's {@code preferred_username},
     * console users), else the client (a service account, such as {@code govhub-operator}).
     */
    static String actor(Authentication caller) {
        if (caller instanceof JwtAuthenticationToken jwt) {
            String user = jwt.getToken().getClaimAsString("preferred_username");
            if (user != null && !user.isBlank() && !user.startsWith("service-account-")) {
                return user;
            }
        }
        return caller == null ? "unknown" : caller.getName();
    }

    @ExceptionHandler(DeadLetterException.class)
    ResponseEntity<ProblemDetail> problem(DeadLetterException e) {
        return ResponseEntity.status(e.status()).body(Problems.problem(e.status(), e.type(),
                e.status().getReasonPhrase(), e.getMessage()));
    }
}
