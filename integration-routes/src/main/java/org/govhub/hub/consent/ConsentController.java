package org.govhub.hub.consent;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.ingress.CallerIdentity;
import org.govhub.hub.ingress.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consents and authorisations: an agency records the consent it collected (the enterprise's
 * authorisation for its bank account at the approval bureau's window, say) for a purpose that a
 * mandate's consent rule lets it record, and may revoke it; an auditor asks which consents one
 * subject gave. The subject's identifier is checked by its own rules and never echoed.
 */
@RestController
@RequestMapping("/api/v1/consents")
public class ConsentController {

    private final ConsentRegistry registry;
    private final MandateCatalog mandates;
    private final CallerIdentity callers;

    public ConsentController(ConsentRegistry registry, MandateCatalog mandates, CallerIdentity callers) {
        this.registry = registry;
        this.mandates = mandates;
        this.callers = callers;
    }

    /** What an agency sends to record a consent. */
    public record ConsentRequest(String purpose, String subject, String recipient, String evidence,
                                 OffsetDateTime expiresAt) {
    }

    @PostMapping
    public ResponseEntity<?> record(@RequestBody ConsentRequest request) {
        CallerIdentity.Caller caller = callers.current();
        List<String> problems = new ArrayList<>();
        if (request.purpose() == null) {
            problems.add("purpose: is required");
        }
        if (request.recipient() == null) {
            problems.add("recipient: is required");
        }
        Optional<String> subjectProblem = checkSubject(request.subject());
        subjectProblem.ifPresent(p -> problems.add("subject: " + p));
        if (request.evidence() == null || request.evidence().isBlank() || request.evidence().length() > 200) {
            problems.add("evidence: a reference to the signed consent or authorisation, 1 to 200 characters");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(OffsetDateTime.now())) {
            problems.add("expiresAt: must be in the future");
        }
        if (!problems.isEmpty()) {
            return bad(problems);
        }
        List<MandateDeclaration.ConsentRule> rules = rulesFor(request.purpose(), request.recipient());
        if (rules.isEmpty()) {
            return bad(List.of("purpose: no mandate asks for consent for purpose '" + request.purpose()
                    + "' to recipient '" + request.recipient() + "'"));
        }
        if (rules.stream().noneMatch(r -> r.recordedBy().equals(caller.agency()))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN,
                    "forbidden-consent", "This caller may not record this consent",
                    "consents for purpose '" + request.purpose() + "' are recorded by "
                            + rules.stream().map(MandateDeclaration.ConsentRule::recordedBy).distinct().toList()));
        }
        ConsentRegistry.Consent consent = registry.record(request.purpose(), request.subject(), request.recipient(),
                caller.agency(), request.evidence(), request.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/consents/" + consent.id())).body(consent);
    }

    @PostMapping("/{id}/revocation")
    public ResponseEntity<?> revoke(@PathVariable UUID id) {
        CallerIdentity.Caller caller = callers.current();
        Optional<ConsentRegistry.Consent> consent = registry.find(id);
        if (consent.isEmpty() || !consent.get().recordedBy().equals(caller.agency())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                    "no-such-consent", "No such consent", "no consent " + id + " recorded by " + caller.agency()));
        }
        if (!registry.revoke(id, caller.agency())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                    "consent-revoked", "Already revoked", "consent " + id + " was already revoked"));
        }
        return ResponseEntity.ok(registry.find(id).orElseThrow());
    }

    /** For auditors: every consent one subject gave, with its state. */
    @PostMapping("/queries")
    public ResponseEntity<?> query(@RequestBody Map<String, String> body) {
        String subject = body.get("subject");
        Optional<String> problem = checkSubject(subject);
        if (problem.isPresent()) {
            return bad(List.of("subject: " + problem.get()));
        }
        return ResponseEntity.ok(Map.of("consents", registry.ofSubject(subject)));
    }

    private List<MandateDeclaration.ConsentRule> rulesFor(String purpose, String recipient) {
        return mandates.all().stream().flatMap(m -> m.flows().stream())
                .flatMap(f -> java.util.stream.Stream.concat(f.recipients().stream(), f.completion().stream()))
                .filter(r -> r.consent() != null && r.consent().purpose().equals(purpose)
                        && r.agency().equals(recipient))
                .map(MandateDeclaration.Recipient::consent).toList();
    }

    /** A resident ID number or a unified social credit code, by its own rules. */
    static Optional<String> checkSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.of("is required: the resident ID number or unified social credit code of the data subject");
        }
        Optional<String> asResident = ResidentIdNumber.check(subject);
        Optional<String> asCode = UnifiedSocialCreditCode.standard().check(subject);
        if (asResident.isEmpty() || asCode.isEmpty()) {
            return Optional.empty();
        }
        // Neither: name the rule of the kind it looks like (an all-digit code can be either).
        boolean residentShape = subject.matches("^\\d{17}[\\dX]$");
        return Optional.of(residentShape
                ? "not a valid resident ID number (GB 11643-1999): " + asResident.get()
                : "neither a resident ID number nor a valid unified social credit code (GB 32100-2015): " + asCode.get());
    }

    private static ResponseEntity<ProblemDetail> bad(List<String> problems) {
        ProblemDetail p = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-consent", "The consent is not valid",
                problems.size() + " problem(s): " + String.join("; ", problems));
        p.setProperty("problems", problems);
        return ResponseEntity.badRequest().body(p);
    }
}
