package org.govhub.hub.sharing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govhub.contracts.catalogue.SharingCatalogue;
import org.govhub.contracts.mandate.SharingClass;
import org.govhub.hub.ingress.CallerIdentity;
import org.govhub.hub.ingress.Problems;
import org.govhub.hub.sharing.SharingRequest.SharingStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * M9's API: the catalogue, requests by agencies, the provider's inbox and answers.
 * <ul>
 *   <li>{@code GET /api/v1/sharing-catalogue}: the published catalogue;</li>
 *   <li>{@code POST /api/v1/sharing-requests} (an agency): 200 with the data (unconditional, served),
 *       201 (conditional, with the provider until it answers), 403 with the catalogue's reason
 *       (not shared), 404 (the provider holds no record), 503/502/501 (the provider could not be
 *       asked), 400 naming every field and rule broken; every one but the 400 is recorded; with an
 *       {@code Idempotency-Key} header, a repeat answers the earlier request as it stands;</li>
 *   <li>{@code GET /api/v1/sharing-requests?role=provider&status=PENDING}: the provider's inbox
 *       ({@code role=requester}, the default: the caller's own requests; operators and auditors: all);</li>
 *   <li>{@code POST /api/v1/sharing-requests/{id}/answer} (the provider): APPROVED with the data, or
 *       REFUSED with a reason;</li>
 *   <li>{@code GET /api/v1/sharing-requests/{id}}: the requester and the provider see it with the
 *       data; operators and auditors without the data; anyone else gets 404.</li>
 *   <li>Every request a provider reads (inbox or by id) is recorded in the audit log
 *       ({@code SHARING_READ}); served and approved data is purged after {@code govhub.sharing.retention}
 *       ({@link SharingRetention}).</li>
 * </ul>
 */
@RestController
public class SharingRequestController {

    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    private final SharingRequests requests;
    private final CallerIdentity callers;

    public SharingRequestController(SharingRequests requests, CallerIdentity callers) {
        this.requests = requests;
        this.callers = callers;
    }

    /** What the API shows of a request; {@code data} only to the requester and the provider. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(String requestId, String resource, SharingClass sharingClass, String provider,
                              String requester, String subject, String purpose, String legalBasis,
                              String caseReference, SharingStatus status, String reason, List<String> fields,
                              JsonNode data, OffsetDateTime requestedAt, OffsetDateTime dueAt, Boolean late,
                              OffsetDateTime answeredAt, String answeredBy) {
    }

    @GetMapping("/api/v1/sharing-catalogue")
    public Map<String, Object> catalogue() {
        SharingCatalogue c = requests.catalogue();
        return Map.of("catalogue", c.catalogue(), "version", c.version(), "resources", c.resources());
    }

    @PostMapping("/api/v1/sharing-requests")
    public ResponseEntity<?> submit(@RequestBody SharingRequests.Ask ask,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CallerIdentity.Caller caller = callers.current();
        if (caller.agency() == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN,
                    "forbidden-sharing-request", "Only agencies ask for data", "the caller is not an agency system"));
        }
        List<String> problems = new java.util.ArrayList<>(requests.check(ask, caller.agency()));
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            problems.add("Idempotency-Key: when given, 1 to 64 characters of A-Z a-z 0-9 . _ : -");
        }
        if (!problems.isEmpty()) {
            return bad("invalid-sharing-request", "The sharing request is not valid", problems);
        }
        SharingRequests.Submitted submitted = requests.submit(ask, caller.agency(), key);
        SharingRequest r = submitted.request();
        if (submitted.repeated() && (!r.resource().equals(ask.resource())
                || !r.subject().equalsIgnoreCase(ask.subject().trim()))) {
            ProblemDetail p = Problems.problem(HttpStatus.CONFLICT, "idempotency-key-reused",
                    "The idempotency key was used for another request",
                    "Idempotency-Key '" + key + "' already names request " + r.id() + " for another resource or subject");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
        }
        URI location = URI.create("/api/v1/sharing-requests/" + r.id());
        RequestView view = view(r, true);
        return switch (r.status()) {
            case SERVED -> ResponseEntity.ok().location(location).body(view);
            case PENDING -> ResponseEntity.created(location).body(view);
            case NOT_SHARED -> refusal(HttpStatus.FORBIDDEN, "resource-not-shared", "The resource is not shared",
                    r.resource() + " is not shared (不予共享): " + r.reason(), r, location);
            case NOT_FOUND -> refusal(HttpStatus.NOT_FOUND, "subject-not-found", "The provider holds no such record",
                    r.provider() + " holds no record of " + r.resource() + " for the subject", r, location);
            default -> failure(submitted.failure(), r, location);
        };
    }

    @GetMapping("/api/v1/sharing-requests")
    public ResponseEntity<?> list(@RequestParam(required = false) String role,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(defaultValue = "50") int limit) {
        CallerIdentity.Caller caller = callers.current();
        SharingStatus wanted = null;
        if (status != null) {
            try {
                wanted = SharingStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                return bad("invalid-query", "The query is not valid",
                        List.of("status: must be one of " + List.of(SharingStatus.values())));
            }
        }
        if (role != null && !role.equals("provider") && !role.equals("requester")) {
            return bad("invalid-query", "The query is not valid", List.of("role: must be provider or requester"));
        }
        int n = Math.max(1, Math.min(limit, 500));
        if (caller.agency() == null) {
            if (!caller.seesEverything()) {
                return notFound("the caller is not an agency");
            }
            return ResponseEntity.ok(Map.of("requests",
                    requests.list(null, null, wanted, n).stream().map(r -> view(r, false)).toList()));
        }
        boolean provider = "provider".equals(role);
        List<SharingRequest> found = provider ? requests.list(caller.agency(), null, wanted, n)
                : requests.list(null, caller.agency(), wanted, n);
        if (provider) {
            requests.readByProvider(found, caller.agency(), "inbox");
        }
        return ResponseEntity.ok(Map.of("requests", found.stream().map(r -> view(r, true)).toList()));
    }

    @GetMapping("/api/v1/sharing-requests/{id}")
    public ResponseEntity<?> get(@PathVariable String id) {
        CallerIdentity.Caller caller = callers.current();
        Optional<SharingRequest> found = parse(id).flatMap(requests::find);
        if (found.isPresent() && isParty(caller.agency(), found.get())) {
            if (found.get().provider().equals(caller.agency())) {
                requests.readByProvider(List.of(found.get()), caller.agency(), "by-id");
            }
            return ResponseEntity.ok(view(found.get(), true));
        }
        if (found.isPresent() && caller.agency() == null && caller.seesEverything()) {
            return ResponseEntity.ok(view(found.get(), false));
        }
        // Another agency's request answers exactly like a missing one.
        return notFound("no sharing request with id '" + id + "'");
    }

    @PostMapping("/api/v1/sharing-requests/{id}/answer")
    public ResponseEntity<?> answer(@PathVariable String id, @RequestBody SharingRequests.Answer answer) {
        CallerIdentity.Caller caller = callers.current();
        Optional<SharingRequest> found = parse(id).flatMap(requests::find)
                .filter(r -> r.provider().equals(caller.agency()));
        if (found.isEmpty()) {
            return notFound("no sharing request with id '" + id + "' for " + caller.agency() + " to answer");
        }
        SharingRequest request = found.get();
        if (request.status() != SharingStatus.PENDING) {
            return conflict(request);
        }
        List<String> problems = requests.check(answer, request);
        if (!problems.isEmpty()) {
            return bad("invalid-sharing-answer", "The answer is not valid", problems);
        }
        if (!requests.answer(request, answer, caller.agency())) {
            return conflict(requests.find(request.id()).orElseThrow());
        }
        return ResponseEntity.ok(view(requests.find(request.id()).orElseThrow(), true));
    }

    private static boolean isParty(String agency, SharingRequest r) {
        return agency != null && (agency.equals(r.requester()) || agency.equals(r.provider()));
    }

    static RequestView view(SharingRequest r, boolean withData) {
        OffsetDateTime end = r.answeredAt() != null ? r.answeredAt() : OffsetDateTime.now(ZoneOffset.UTC);
        Boolean late = r.dueAt() == null ? null : end.isAfter(r.dueAt());
        return new RequestView(r.id().toString(), r.resource(), r.sharingClass(), r.provider(), r.requester(),
                withData ? r.subject() : null, r.purpose(), r.legalBasis(), r.caseReference(), r.status(), r.reason(),
                r.fields(), withData ? r.data() : null, r.requestedAt(), r.dueAt(), late, r.answeredAt(),
                r.answeredBy());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String type, String title, String detail,
                                                         SharingRequest r, URI location) {
        ProblemDetail p = Problems.problem(status, type, title, detail);
        p.setProperty("requestId", r.id().toString());
        p.setProperty("resource", r.resource());
        if (r.reason() != null) {
            p.setProperty("reason", r.reason());
        }
        return ResponseEntity.status(status).location(location).body(p);
    }

    private static ResponseEntity<ProblemDetail> failure(SharingRequests.Failure failure, SharingRequest r, URI location) {
        HttpStatus status = switch (failure) {
            case PROVIDER_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case PROVIDER_CONTRACT_VIOLATION -> HttpStatus.BAD_GATEWAY;
            case NO_QUERY_SERVICE -> HttpStatus.NOT_IMPLEMENTED;
        };
        String detail = switch (failure) {
            case PROVIDER_UNAVAILABLE -> r.provider() + "'s system could not be reached or failed; nothing was served."
                    + " Ask again later";
            case PROVIDER_CONTRACT_VIOLATION -> r.provider() + "'s system answered outside its published contract;"
                    + " nothing was served";
            case NO_QUERY_SERVICE -> "the hub has no connection to " + r.provider() + "'s system for " + r.resource()
                    + " yet; nothing was served";
        };
        ResponseEntity<ProblemDetail> response = refusal(status, failure.name().toLowerCase().replace('_', '-'),
                "The provider could not be asked", detail, r, location);
        if (failure == SharingRequests.Failure.PROVIDER_UNAVAILABLE) {
            return ResponseEntity.status(status).location(location).header("Retry-After", "60").body(response.getBody());
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> conflict(SharingRequest r) {
        ProblemDetail p = Problems.problem(HttpStatus.CONFLICT, "sharing-request-answered", "Already answered",
                "sharing request " + r.id() + " is " + r.status() + ", not PENDING");
        p.setProperty("status", r.status().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                "sharing-request-not-found", "No such sharing request", detail));
    }

    private static ResponseEntity<ProblemDetail> bad(String type, String title, List<String> problems) {
        ProblemDetail p = Problems.problem(HttpStatus.BAD_REQUEST, type, title,
                problems.size() + " problem(s): " + String.join("; ", problems));
        p.setProperty("problems", problems);
        return ResponseEntity.badRequest().body(p);
    }
}
