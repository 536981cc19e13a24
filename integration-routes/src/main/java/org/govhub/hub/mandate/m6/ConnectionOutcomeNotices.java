package org.govhub.hub.mandate.m6;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govhub.contracts.mandate.FieldProjection;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.exchange.ExchangeRecord;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.MandateCompletion;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.OutgoingCommand;
import org.springframework.stereotype.Component;

/**
 * M6's completion: the combined window gets, for the application, each utility's status, reason,
 * its own reference, when it was due and whether it answered late. The applicant's personal data
 * does not go back: the window has it.
 */
@Component
public class ConnectionOutcomeNotices {

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final ObjectMapper mapper;

    public ConnectionOutcomeNotices(MandateExecutor mandates, ExchangeRepository exchanges, ObjectMapper mapper) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.mapper = mapper;
    }

    public List<OutgoingCommand> notices(MandateCompletion completion) {
        MandateDeclaration m = mandates.mandate(UtilityConnectionOneWindowRoute.MANDATE);
        ExchangeRecord exchange = exchanges.find(completion.exchangeId())
                .orElseThrow(() -> new IllegalStateException("exchange " + completion.exchangeId() + " vanished"));
        JsonNode event = mandates.eventData(exchange);
        List<OutgoingCommand> out = new ArrayList<>();
        for (MandateDeclaration.Recipient r : mandates.flowOf(m.id(), exchange).completion()) {
            if (!"approval".equals(r.agency())) {
                throw new IllegalStateException("M6 has no completion notice for " + r.agency());
            }
            ObjectNode shared = FieldProjection.project(event, r.fields());
            out.add(mandates.completionNotice(m, r, exchange, outcome(shared, completion), List.of(
                    "utilities.status", "utilities.reason", "utilities.reference", "utilities.dueAt", "utilities.late")));
        }
        return out;
    }

    private ObjectNode outcome(ObjectNode shared, MandateCompletion completion) {
        ObjectNode data = mapper.createObjectNode();
        data.put("applicationNo", shared.path("applicationNo").asText());
        data.put("outcome", completion.allSucceeded() ? "COMPLETED" : "PARTIAL");
        ArrayNode utilities = data.putArray("utilities");
        for (Obligation o : completion.recipients()) {
            ObjectNode u = utilities.addObject();
            u.put("agency", o.recipient());
            u.put("status", o.status().name());
            if (o.reasonCode() != null) {
                u.put("reasonCode", o.reasonCode());
            }
            if (o.reason() != null) {
                u.put("reason", o.reason().length() > 500 ? o.reason().substring(0, 500) : o.reason());
            }
            if (o.agencyReference() != null) {
                u.put("reference", o.agencyReference());
            }
            if (o.dueAt() != null) {
                u.put("dueAt", o.dueAt().toInstant().toString());
                OffsetDateTime end = o.completedAt();
                u.put("late", end != null && end.isAfter(o.dueAt()));
            }
        }
        return data;
    }
}
