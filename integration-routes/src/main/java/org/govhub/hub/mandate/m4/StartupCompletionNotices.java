package org.govhub.hub.mandate.m4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * M4's completion: the registration system's report (command {@code startup-outcome}) holds the
 * completion allow-list's fields (registration number, USCC), each step's outcome with the
 * agency's own reference, and the account the bank opened: "the bank returns the account to
 * the registration system" (plan Part 1.6, 企业开办信息与银行账户信息互通共享).
 */
@Component
public class StartupCompletionNotices {

    static final List<String> EXTRA_FIELDS = List.of("outcome", "bankAccountNo", "steps.agency", "steps.status",
            "steps.reasonCode", "steps.reason", "steps.reference");

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final ObjectMapper mapper;

    public StartupCompletionNotices(MandateExecutor mandates, ExchangeRepository exchanges, ObjectMapper mapper) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.mapper = mapper;
    }

    public List<OutgoingCommand> notices(MandateCompletion completion) {
        MandateDeclaration m = mandates.mandate(EnterpriseStartupBundleRoute.MANDATE);
        ExchangeRecord exchange = exchanges.find(completion.exchangeId())
                .orElseThrow(() -> new IllegalStateException("exchange " + completion.exchangeId() + " vanished"));
        JsonNode event = mandates.eventData(exchange);
        List<OutgoingCommand> out = new ArrayList<>();
        for (MandateDeclaration.Recipient r : mandates.flowOf(m.id(), exchange).completion()) {
            if (!"approval".equals(r.agency())) {
                throw new IllegalStateException("M4 has no completion notice for " + r.agency());
            }
            ObjectNode data = FieldProjection.project(event, r.fields());
            data.put("outcome", completion.allSucceeded() ? "COMPLETED" : "PARTIAL");
            completion.recipients().stream()
                    .filter(o -> "bank".equals(o.recipient()) && o.status() == ObligationStatus.APPLIED
                            && o.agencyReference() != null)
                    .findFirst().ifPresent(bank -> data.put("bankAccountNo", bank.agencyReference()));
            steps(data.putArray("steps"), completion.recipients());
            out.add(mandates.completionNotice(m, r, exchange, data, EXTRA_FIELDS));
        }
        return out;
    }

    /** One entry per agency: its status, the reason when it did not apply, its reference when it did. */
    static void steps(ArrayNode steps, List<Obligation> recipients) {
        for (Obligation o : recipients) {
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
    }
}
