package org.govhub.simulators.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.ResettableState;
import org.govhub.simulators.support.hub.HubEventPusher;
import org.govhub.simulators.support.hub.HubPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The approval bureau's enterprise register (一窗通): enterprises registered before (seeded, with
 * their permits) and since, registrations and deregistrations with their events, the hub's
 * acceptance and the outcomes the hub reported. A registration with the enterprise's
 * authorisation for a bank account records it at the hub first, then pushes the event; the
 * register's state changes before anything leaves, as a real system commits first.
 */
@Component
public class EnterpriseRegister implements ResettableState {

    static final String REGISTERED = "gov.approval.enterprise-registered.v1";
    static final String DEREGISTERED = "gov.approval.enterprise-deregistered.v1";
    static final String BANK_PURPOSE = "enterprise-bank-account";
    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseRegister.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** An enterprise on the register, as the event needs it. */
    public record Enterprise(String uscc, ObjectNode data, List<ObjectNode> permits, String status) {
    }

    /** Whether the hub took an event or a consent, after how many tries. */
    public record Delivery(String status, String eventId, String exchangeId, String detail, int attempts) {
    }

    /** One registration or deregistration: its number, event, delivery and the outcome reported. */
    public record Case(String number, String kind, String uscc, String name, LocalDate date, String consentId,
                       String consentDetail, String cloudEvent, Delivery hubDelivery, JsonNode outcome,
                       int outcomeReports, String bankAccountNo, int permitsCancelled) {

        Case with(Delivery delivery) {
            return new Case(number, kind, uscc, name, date, consentId, consentDetail, cloudEvent, delivery, outcome,
                    outcomeReports, bankAccountNo, permitsCancelled);
        }

        Case reported(JsonNode report, String account) {
            return new Case(number, kind, uscc, name, date, consentId, consentDetail, cloudEvent, hubDelivery, report,
                    outcomeReports + 1, account != null ? account : bankAccountNo, permitsCancelled);
        }
    }

    private final EnterpriseSeed seed;
    private final HubEventPusher hub;
    private final ObjectMapper mapper;
    private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> receipts = new HashMap<>();
    private int sequence;

    public EnterpriseRegister(EnterpriseSeed seed, HubEventPusher hub, ObjectMapper mapper) {
        this.seed = seed;
        this.hub = hub;
        this.mapper = mapper;
        reset();
    }

    @Override
    public synchronized void reset() {
        enterprises.clear();
        cases.clear();
        receipts.clear();
        sequence = 0;
        for (JsonNode e : seed.registered()) {
            ObjectNode data = mapper.createObjectNode();
            for (String f : List.of("uscc", "name", "enterpriseType", "address", "divisionCode", "businessScope",
                    "registeredCapital", "establishedDate", "staffCount")) {
                data.set(f, e.get(f));
            }
            ObjectNode rep = data.putObject("legalRepresentative");
            rep.set("name", e.path("legalRepresentative").get("name"));
            rep.set("idType", e.path("legalRepresentative").get("idType"));
            rep.set("idNumber", e.path("legalRepresentative").get("idNumber"));
            List<ObjectNode> permits = new java.util.ArrayList<>();
            e.path("permits").forEach(p -> permits.add((ObjectNode) p.deepCopy()));
            enterprises.put(e.path("uscc").asText(), new Enterprise(e.path("uscc").asText(), data, permits, "REGISTERED"));
        }
    }

    /** Registers a new enterprise: the licence is issued, the bank authorisation recorded, the event pushed. */
    public Case register(JsonNode request) {
        Case registered = newRegistration(request);
        JsonNode authorisation = request.path("bankAuthorisation");
        if (authorisation.isObject() && registered.cloudEvent().contains("\"BANK_ACCOUNT\"")) {
            HubPush consent = hub.post("approval", HubEventPusher.CONSENTS, Map.of("purpose", BANK_PURPOSE,
                    "subject", registered.uscc(), "recipient", "bank", "evidence", authorisation.path("evidence").asText()), "id");
            synchronized (this) {
                Case c = cases.get(registered.number());
                cases.put(c.number(), new Case(c.number(), c.kind(), c.uscc(), c.name(), c.date(), consent.id(),
                        consent.accepted() ? null : consent.detail(), c.cloudEvent(), c.hubDelivery(), c.outcome(),
                        c.outcomeReports(), c.bankAccountNo(), c.permitsCancelled()));
            }
        }
        return push(registered.number());
    }

    /** Deregisters an enterprise: licence and permits cancelled together, then the event pushed. */
    public Case deregister(JsonNode request) {
        return push(newDeregistration(request).number());
    }

    /** Pushes the case's event again (the same CloudEvent, the same id). */
    public Case push(String number) {
        Case c = find(number).orElseThrow(() -> ApprovalRefusal.notFound("no such registration or deregistration"));
        HubPush result = hub.push("approval", c.cloudEvent());
        synchronized (this) {
            Case current = cases.get(number);
            Delivery d = current.hubDelivery();
            Case updated = current.with(new Delivery(result.accepted() ? "ACCEPTED" : "FAILED", d.eventId(),
                    result.accepted() ? result.exchangeId() : d.exchangeId(), result.detail(), d.attempts() + 1));
            cases.put(number, updated);
            LOG.info("approval: {} {} event {} -> hub {} (attempt {})", updated.kind(), number, d.eventId(),
                    updated.hubDelivery().status(), updated.hubDelivery().attempts());
            return updated;
        }
    }

    /** Records the hub's report on a case, once per command id. */
    public synchronized Map<String, Object> report(String number, String kind, JsonNode report) {
        Case c = cases.get(number);
        if (c == null || !c.kind().equals(kind)) {
            throw ApprovalRefusal.notFound("no such " + kind.toLowerCase(Locale.ROOT));
        }
        if (!c.uscc().equals(report.path("uscc").asText())) {
            throw ApprovalRefusal.conflict("the report names another enterprise");
        }
        String key = number + " " + report.path("commandId").asText();
        Map<String, Object> earlier = receipts.get(key);
        if (earlier != null) {
            return earlier;
        }
        cases.put(number, c.reported(report, report.path("bankAccountNo").isTextual()
                ? report.get("bankAccountNo").asText() : null));
        Map<String, Object> receipt = Map.of("commandId", report.path("commandId").asText(), "status", "RECORDED");
        receipts.put(key, receipt);
        LOG.info("approval: {} {} outcome {} recorded", kind, number, report.path("outcome").asText());
        return receipt;
    }

    public synchronized Optional<Case> find(String number) {
        return Optional.ofNullable(cases.get(number));
    }

    public synchronized List<Case> cases() {
        return List.copyOf(cases.values());
    }

    private synchronized Case newRegistration(JsonNode request) {
        String uscc = request.path("uscc").asText();
        if (enterprises.containsKey(uscc)) {
            throw ApprovalRefusal.conflict("an enterprise with this unified social credit code is already registered");
        }
        OffsetDateTime now = now();
        String number = "YCT" + DateTimeFormatter.BASIC_ISO_DATE.format(now.toLocalDate()) + String.format("%04d", ++sequence);
        ObjectNode data = mapper.createObjectNode().put("registrationNo", number);
        for (String f : List.of("uscc", "name", "enterpriseType", "address")) {
            data.set(f, request.get(f));
        }
        data.put("divisionCode", seed.divisionCode());
        for (String f : List.of("businessScope", "registeredCapital")) {
            if (request.has(f)) {
                data.set(f, request.get(f));
            }
        }
        data.put("establishedDate", now.toLocalDate().toString());
        if (request.has("staffCount")) {
            data.set("staffCount", request.get("staffCount"));
        }
        data.set("legalRepresentative", request.get("legalRepresentative"));
        data.set("services", request.get("services"));
        for (String f : List.of("seals", "bank")) {
            if (request.has(f)) {
                data.set(f, request.get(f));
            }
        }
        ObjectNode stored = data.deepCopy();
        ((ObjectNode) stored.path("legalRepresentative")).remove("phone");
        enterprises.put(uscc, new Enterprise(uscc, stored, List.of(), "REGISTERED"));
        String eventId = UUID.randomUUID().toString();
        Case c = new Case(number, "REGISTRATION", uscc, request.path("name").asText(), now.toLocalDate(), null, null,
                cloudEvent(eventId, REGISTERED, now, data), new Delivery("PENDING", eventId, null, null, 0), null, 0,
                null, 0);
        cases.put(number, c);
        LOG.info("approval: registered enterprise, registration {}", number);
        return c;
    }

    private synchronized Case newDeregistration(JsonNode request) {
        String uscc = request.path("uscc").asText();
        Enterprise e = enterprises.get(uscc);
        if (e == null) {
            throw ApprovalRefusal.notFound("no enterprise with this unified social credit code is registered");
        }
        if (!"REGISTERED".equals(e.status())) {
            throw ApprovalRefusal.conflict("the enterprise is already deregistered");
        }
        OffsetDateTime now = now();
        String number = "ZX" + DateTimeFormatter.BASIC_ISO_DATE.format(now.toLocalDate()) + String.format("%04d", ++sequence);
        ObjectNode data = mapper.createObjectNode().put("deregistrationNo", number).put("uscc", uscc);
        data.set("name", e.data().get("name"));
        data.set("procedure", request.get("procedure"));
        data.set("reason", request.get("reason"));
        data.put("deregisteredDate", now.toLocalDate().toString());
        data.put("divisionCode", seed.divisionCode());
        ObjectNode rep = e.data().path("legalRepresentative").deepCopy();
        rep.remove("phone");
        data.set("legalRepresentative", rep);
        var permits = data.putArray("permits");
        e.permits().forEach(permits::add);
        enterprises.put(uscc, new Enterprise(uscc, e.data(), List.of(), "DEREGISTERED"));
        String eventId = UUID.randomUUID().toString();
        Case c = new Case(number, "DEREGISTRATION", uscc, e.data().path("name").asText(), now.toLocalDate(), null, null,
                cloudEvent(eventId, DEREGISTERED, now, data), new Delivery("PENDING", eventId, null, null, 0), null, 0,
                null, e.permits().size());
        cases.put(number, c);
        LOG.info("approval: deregistered enterprise, deregistration {}, {} permit(s) cancelled with the licence",
                number, e.permits().size());
        return c;
    }

    private String cloudEvent(String id, String type, OffsetDateTime time, ObjectNode data) {
        ObjectNode event = mapper.createObjectNode().put("specversion", "1.0").put("id", id).put("source", "approval")
                .put("type", type).put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time))
                .put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the event", ex);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.MILLIS);
    }
}
