package org.govhub.hub.sharing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.ResourceQuery;
import org.govhub.contracts.catalogue.SharingCatalogue;
import org.govhub.contracts.catalogue.SharingCatalogue.Resource;
import org.govhub.contracts.command.CommandOutcome;
import org.govhub.contracts.command.OutcomeStatus;
import org.govhub.contracts.mandate.Deadline;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.contracts.mandate.SharingClass;
import org.govhub.hub.audit.AuditLog;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.exchange.ObligationRole;
import org.govhub.hub.exchange.ObligationStatus;
import org.govhub.hub.mandate.MandateDeadlines;
import org.govhub.hub.sharing.SharingRequest.SharingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * M9, conditional sharing requests (Part 8.3: 无条件共享开放的数据直接获取，有条件共享开放的数据限时反馈).
 * An agency asks for a resource of the sharing catalogue about one subject:
 * <ul>
 *   <li>NOT_SHARED: refused at once with the catalogue's legal reason; nothing is asked of the provider;</li>
 *   <li>UNCONDITIONAL: obtained directly from the provider's system through its connector's
 *       {@link ResourceQuery}, and only the catalogue's fields are given;</li>
 *   <li>CONDITIONAL: an obligation of the provider, due in the catalogue's working days; the provider
 *       reads its inbox and approves (with exactly the catalogue's fields) or refuses with a reason.</li>
 * </ul>
 * Each request is an exchange (event type {@value #REQUEST_TYPE}, source the requester) with one
 * obligation of the provider, so deadlines, breaches, the scorecard and the audit chain treat it
 * like any mandate's; {@code sharing_request} keeps the request and its answer.
 */
@Service
public class SharingRequests {

    public static final String MANDATE = "M9";
    public static final String REQUEST_TYPE = "govhub.sharing-request.v1";
    static final String COMMAND = "sharing-request";
    /** What a provider sees of a request it is asked to answer. */
    static final List<String> PROVIDER_SEES = List.of("resource", "requester", "subject", "purpose", "legalBasis",
            "caseReference");

    private static final Logger LOG = LoggerFactory.getLogger(SharingRequests.class);

    private final SharingCatalogue catalogue;
    private final MandateDeclaration mandate;
    private final Map<String, ResourceQuery> queries;
    private final ExchangeRepository exchanges;
    private final SharingRequestStore store;
    private final AuditLog audit;
    private final MandateDeadlines deadlines;
    private final TransactionTemplate tx;
    private final ObjectMapper mapper;

    public SharingRequests(SharingCatalogue catalogue, MandateCatalog mandates, List<ResourceQuery> queries,
                           ExchangeRepository exchanges, SharingRequestStore store, AuditLog audit,
                           MandateDeadlines deadlines, TransactionTemplate tx, ObjectMapper mapper) {
        this.catalogue = catalogue;
        this.mandate = mandates.byId(MANDATE).orElseThrow(() -> new IllegalStateException(
                "the M9 declaration (contracts/mandates/M9-conditional-sharing-requests.v1.yaml) is missing"));
        this.queries = queries.stream().collect(Collectors.toUnmodifiableMap(ResourceQuery::resource, Function.identity()));
        this.exchanges = exchanges;
        this.store = store;
        this.audit = audit;
        this.deadlines = deadlines;
        this.tx = tx;
        this.mapper = mapper;
        for (String resource : this.queries.keySet()) {
            if (catalogue.resource(resource).map(r -> r.sharingClass() != SharingClass.UNCONDITIONAL).orElse(true)) {
                throw new IllegalStateException("a query is configured for " + resource
                        + ", which is not an unconditional resource of the catalogue");
            }
        }
    }

    /** What an agency asks for. */
    public record Ask(String resource, String subject, String purpose, String legalBasis, String caseReference) {
    }

    /** What the provider answers: APPROVED with data, or REFUSED with a reason. */
    public record Answer(String decision, JsonNode data, String reason) {
    }

    /**
     * The outcome of {@link #submit}: the recorded request, for a failure what went wrong, and
     * whether it is an earlier request under the same idempotency key.
     */
    public record Submitted(SharingRequest request, Failure failure, boolean repeated) {

        Submitted(SharingRequest request, Failure failure) {
            this(request, failure, false);
        }
    }

    /** Why an unconditional resource could not be obtained. */
    public enum Failure {
        PROVIDER_UNAVAILABLE, PROVIDER_CONTRACT_VIOLATION, NO_QUERY_SERVICE
    }

    /** Every problem with a request, each naming the field and the rule; empty when it may be carried out. */
    public List<String> check(Ask ask, String requester) {
        List<String> problems = new ArrayList<>();
        Optional<Resource> resource = catalogue.resource(ask.resource());
        if (ask.resource() == null || ask.resource().isBlank()) {
            problems.add("resource: is required: the id of a resource in the sharing catalogue");
        } else if (resource.isEmpty()) {
            problems.add("resource: must be a resource of the sharing catalogue ("
                    + SharingCatalogue.DOCUMENT.substring("contracts/".length()) + "); '" + abbreviate(ask.resource())
                    + "' is not");
        } else if (resource.get().provider().equals(requester)) {
            problems.add("resource: is provided by the requester itself; ask your own system");
        }
        resource.ifPresent(r -> r.lookupBy().check(ask.subject()).ifPresent(p -> problems.add("subject: " + p)));
        text(problems, "purpose", ask.purpose(), 4, 500, "the purpose the data is needed for (用途)");
        text(problems, "legalBasis", ask.legalBasis(), 4, 500, "the law, regulation or mandate the request rests on (依据)");
        if (ask.caseReference() != null && (ask.caseReference().isBlank() || ask.caseReference().length() > 64)) {
            problems.add("caseReference: when given, 1 to 64 characters");
        }
        return problems;
    }

    /**
     * Carries out a request {@link #check} found sound. With an idempotency key, the requester's
     * earlier request under the same key is answered as it stands instead (a retry after a
     * timeout asks once).
     */
    public Submitted submit(Ask ask, String requester, String idempotencyKey) {
        Resource resource = catalogue.resource(ask.resource()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime due = deadlines.calendar().dueAt(deadlineOf(resource), now);
        String subject = ask.subject().trim().toUpperCase();
        SharingStatus initial = resource.sharingClass() == SharingClass.NOT_SHARED ? SharingStatus.NOT_SHARED
                : SharingStatus.PENDING;
        String reason = resource.notShared() == null ? null
                : resource.notShared().basis() + "：" + resource.notShared().reason();

        String eventId = idempotencyKey == null ? UUID.randomUUID().toString() : "key:" + idempotencyKey;
        ExchangeRepository.Accepted accepted = tx.execute(status -> {
            ExchangeRepository.Accepted a = exchanges.accept(requester, eventId, REQUEST_TYPE, requester,
                    payload(ask, subject, requester), due, List.of(MANDATE));
            if (!a.isNew()) {
                return a;
            }
            UUID exchangeId = a.exchangeId();
            store.insert(new SharingRequest(exchangeId, resource.id(), resource.sharingClass(), resource.provider(),
                    requester, subject, ask.purpose(), ask.legalBasis(), ask.caseReference(), initial, reason, List.of(),
                    null, now, due, null, null), audit.subject(subject));
            boolean refused = initial == SharingStatus.NOT_SHARED;
            exchanges.open(exchangeId, List.of(new Obligation(MANDATE, resource.provider(), COMMAND,
                    ObligationRole.RECIPIENT, commandId(exchangeId, resource),
                    refused ? ObligationStatus.NOT_APPLICABLE : ObligationStatus.PENDING,
                    refused ? "NOT_SHARED" : null, refused ? reason : null, null, null, List.of(), now, due, null)));
            if (refused) {
                audit.record("OUTCOME", exchangeId, MANDATE, requester, basis(), List.of(), List.of(audit.subject(subject)),
                        "status=REFUSED; reason=NOT_SHARED; resource=" + resource.id());
                exchanges.completionIfSettled(exchangeId, MANDATE);
            }
            return a;
        });
        UUID id = accepted.exchangeId();
        if (!accepted.isNew()) {
            SharingRequest earlier = store.find(id).orElseThrow(() -> new IllegalStateException(
                    "exchange " + id + " has no sharing request"));
            return new Submitted(earlier, earlier.status() == SharingStatus.FAILED
                    ? Failure.valueOf(earlier.reason()) : null, true);
        }
        LOG.info("m9: request {} for {} ({}) by {}", id, resource.id(), resource.sharingClass(), requester);
        if (resource.sharingClass() != SharingClass.UNCONDITIONAL) {
            return new Submitted(store.find(id).orElseThrow(), null);
        }
        return serve(id, resource, subject, requester);
    }

    /** Obtains an unconditional resource from its provider, and gives the requester only the catalogue's fields. */
    private Submitted serve(UUID id, Resource resource, String subject, String requester) {
        ResourceQuery query = queries.get(resource.id());
        if (query == null) {
            return fail(id, resource, Failure.NO_QUERY_SERVICE, "the hub has no query service for " + resource.id());
        }
        Optional<JsonNode> found;
        try {
            found = query.lookup(subject);
        } catch (AgencyUnavailableException e) {
            return fail(id, resource, Failure.PROVIDER_UNAVAILABLE, e.getMessage());
        } catch (ContractViolationException e) {
            // Also AgencyAuthenticationException: the provider refused the hub's credentials.
            return fail(id, resource, Failure.PROVIDER_CONTRACT_VIOLATION, e.getMessage());
        }
        if (found.isEmpty()) {
            tx.executeWithoutResult(s -> {
                store.settle(id, SharingStatus.NOT_FOUND, resource.provider() + " holds no record for the subject",
                        List.of(), null, resource.provider());
                exchanges.recordOutcome(outcome(id, resource, OutcomeStatus.NOT_APPLICABLE, "SUBJECT_NOT_FOUND",
                        resource.provider() + " holds no record for the subject"));
            });
            return new Submitted(store.find(id).orElseThrow(), null);
        }
        ObjectNode data = project(found.get(), resource);
        List<String> problems = resource.checkData(data, subject);
        if (!problems.isEmpty()) {
            return fail(id, resource, Failure.PROVIDER_CONTRACT_VIOLATION,
                    resource.provider() + "'s answer does not fit the catalogue: " + String.join("; ", problems));
        }
        tx.executeWithoutResult(s -> {
            store.settle(id, SharingStatus.SERVED, null, resource.fieldNames(), data, resource.provider());
            exchanges.recordOutcome(outcome(id, resource, OutcomeStatus.APPLIED, null, null));
            shared(id, resource, requester, subject);
        });
        return new Submitted(store.find(id).orElseThrow(), null);
    }

    private Submitted fail(UUID id, Resource resource, Failure failure, String reason) {
        LOG.warn("m9: request {} for {} failed: {} ({})", id, resource.id(), failure, reason);
        tx.executeWithoutResult(s -> {
            store.settle(id, SharingStatus.FAILED, failure.name(), List.of(), null, null);
            exchanges.recordOutcome(outcome(id, resource, OutcomeStatus.FAILED, failure.name(), reason));
        });
        return new Submitted(store.find(id).orElseThrow(), failure);
    }

    /** Every problem with a provider's answer to a pending request, each naming the field and the rule. */
    public List<String> check(Answer answer, SharingRequest request) {
        List<String> problems = new ArrayList<>();
        Resource resource = catalogue.resource(request.resource()).orElseThrow();
        if ("APPROVED".equals(answer.decision())) {
            problems.addAll(resource.checkData(answer.data(), request.subject()));
            if (answer.reason() != null && answer.reason().length() > 500) {
                problems.add("reason: when given, at most 500 characters");
            }
        } else if ("REFUSED".equals(answer.decision())) {
            if (answer.data() != null && !answer.data().isNull()) {
                problems.add("data: a refusal carries no data");
            }
            text(problems, "reason", answer.reason(), 2, 500, "why the request is refused (不予共享的理由)");
        } else {
            problems.add("decision: must be APPROVED or REFUSED");
        }
        return problems;
    }

    /**
     * Records the provider's answer; false when the request was answered already. A late answer
     * is accepted like any other: the obligation records that it was late.
     */
    public boolean answer(SharingRequest request, Answer answer, String provider) {
        Resource resource = catalogue.resource(request.resource()).orElseThrow();
        boolean approved = "APPROVED".equals(answer.decision());
        Boolean done = tx.execute(s -> {
            boolean settled = approved
                    ? store.settle(request.id(), SharingStatus.APPROVED, null, resource.fieldNames(), answer.data(), provider)
                    : store.settle(request.id(), SharingStatus.REFUSED, answer.reason(), List.of(), null, provider);
            if (!settled) {
                return false;
            }
            exchanges.recordOutcome(approved
                    ? outcome(request.id(), resource, OutcomeStatus.APPLIED, null, null)
                    : outcome(request.id(), resource, OutcomeStatus.REJECTED, "REFUSED_BY_PROVIDER", answer.reason()));
            if (approved) {
                shared(request.id(), resource, request.requester(), request.subject());
            }
            return true;
        });
        LOG.info("m9: request {} answered {} by {}", request.id(), answer.decision(), provider);
        return Boolean.TRUE.equals(done);
    }

    /**
     * A provider read these requests (its inbox, or one by id): each names a subject, so each read
     * is chained in the audit log ({@code SHARING_READ}) with the subject's keyed hash and the
     * fields the provider saw.
     */
    public void readByProvider(List<SharingRequest> read, String provider, String how) {
        if (read.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            for (SharingRequest r : read) {
                audit.record("SHARING_READ", r.id(), MANDATE, provider, basis(), PROVIDER_SEES,
                        List.of(audit.subject(r.subject())), "read=" + how + "; resource=" + r.resource()
                                + "; requester=" + r.requester() + "; status=" + r.status());
            }
        });
    }

    public Optional<SharingRequest> find(UUID id) {
        return store.find(id);
    }

    public List<SharingRequest> list(String provider, String requester, SharingStatus status, int limit) {
        return store.list(provider, requester, status, limit);
    }

    public SharingCatalogue catalogue() {
        return catalogue;
    }

    /** The requester is given exactly the catalogue's fields: recorded with whom they are about. */
    private void shared(UUID id, Resource resource, String requester, String subject) {
        audit.record("DATA_SHARED", id, MANDATE, requester, basis(), resource.fieldNames(),
                List.of(audit.subject(subject)), "resource=" + resource.id() + "; provider=" + resource.provider()
                        + "; class=" + resource.sharingClass());
    }

    private Deadline deadlineOf(Resource resource) {
        return answerDeadline(deadlines.override(MANDATE), resource, mandate.deadline());
    }

    /**
     * How long the provider has to answer: {@code govhub.mandates.M9.deadline} when set (an
     * operator's override wins, as for every mandate), else the catalogue resource's
     * {@code answerDeadline}, else the M9 declaration's (10 working days).
     */
    static Deadline answerDeadline(Optional<Deadline> override, Resource resource, Deadline declared) {
        return override.orElseGet(() -> resource.answerDeadline() != null ? resource.answerDeadline() : declared);
    }

    private String basis() {
        return mandate.legalBasis().document() + " " + mandate.legalBasis().section();
    }

    private ObjectNode project(JsonNode answer, Resource resource) {
        ObjectNode out = mapper.createObjectNode();
        for (String field : resource.fieldNames()) {
            if (answer.has(field)) {
                out.set(field, answer.get(field));
            }
        }
        return out;
    }

    private static CommandOutcome outcome(UUID id, Resource resource, OutcomeStatus status, String code, String reason) {
        return new CommandOutcome(commandId(id, resource), id.toString(), MANDATE, resource.provider(), COMMAND, status,
                code, reason, null, 1, OffsetDateTime.now(ZoneOffset.UTC));
    }

    static String commandId(UUID exchangeId, Resource resource) {
        return exchangeId + ":" + MANDATE + ":" + resource.provider() + ":" + COMMAND;
    }

    /**
     * The request as its exchange records it, shaped like a CloudEvent. The subject sits under
     * {@code subject.idNumber}, where the audit log finds the identifiers it hashes.
     */
    private byte[] payload(Ask ask, String subject, String requester) {
        ObjectNode event = mapper.createObjectNode().put("specversion", "1.0").put("source", requester)
                .put("type", REQUEST_TYPE);
        ObjectNode data = event.putObject("data").put("resource", ask.resource()).put("purpose", ask.purpose())
                .put("legalBasis", ask.legalBasis());
        data.putObject("subject").put("idNumber", subject);
        if (ask.caseReference() != null) {
            data.put("caseReference", ask.caseReference());
        }
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the sharing request", e);
        }
    }

    private static void text(List<String> problems, String field, String value, int min, int max, String what) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": is required: " + what);
        } else if (value.trim().length() < min || value.length() > max) {
            problems.add(field + ": must be " + min + " to " + max + " characters");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
