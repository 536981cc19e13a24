package org.govhub.hub.mandate.m5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govhub.contracts.mandate.FieldProjection;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.exchange.ExchangeRecord;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.MandateCompletion;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.exchange.ObligationStatus;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.OutgoingCommand;
import org.springframework.stereotype.Component;

/**
 * M5's completion: the approval bureau's report (command {@code deregistration-outcome}) holds
 * the completion allow-list's fields (deregistration number, USCC) and each agency's result
 * with its reference.
 */
@Component
public class DeregistrationCompletionNotices {

    static final List<String> EXTRA_FIELDS = List.of("outcome", "steps.agency", "steps.status", "steps.reasonCode",
            "steps.reason", "steps.reference");

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final ObjectMapper mapper;

    public DeregistrationCompletionNotices(MandateExecutor mandates, ExchangeRepository exchanges, ObjectMapper mapper) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.mapper = mapper;
    }

    public List<OutgoingCommand> notices(MandateCompletion completion) {
        MandateDeclaration m = mandates.mandate(EnterpriseDeregistrationRoute.MANDATE);
        ExchangeRecord exchange = exchanges.find(completion.exchangeId())
                .orElseThrow(() -> new IllegalStateException("exchange " + completion.exchangeId() + " vanished"));
        JsonNode event = mandates.eventData(exchange);
        List<OutgoingCommand> out = new ArrayList<>();
        for (MandateDeclaration.Recipient r : mandates.flowOf(m.id(), exchange).completion()) {
            if (!"approval".equals(r.agency())) {
                throw new IllegalStateException("M5 has no completion notice for " + r.agency());
            }
            ObjectNode data = FieldProjection.project(event, r.fields());
            data.put("outcome", completion.allSucceeded() ? "COMPLETED" : "PARTIAL");
            var steps = data.putArray("steps");
            for (Obligation o : completion.recipients()) {
                ObjectNode s = steps.addObject().put("agency", o.recipient()).put("status", o.status().name());
                if (o.reasonCode() != null) {
                    s.put("reasonCode", o.reasonCode());
                }
                if (o.reason() != null) {
                    s.put("reason", o.reason().length() > 500 ? o.reason().substring(0, 500) : o.reason());
                }
                if (o.status() == ObligationStatus.APPLIED && o.agencyReference() != null) {
                    s.put("reference", o.agencyReference().length() > 64 ? o.agencyReference().substring(0, 64)
                            : o.agencyReference());
                }
            }
            out.add(mandates.completionNotice(m, r, exchange, data, EXTRA_FIELDS));
        }
        return out;
    }
}
