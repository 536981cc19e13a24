package org.govhub.hub.mandate.m2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govhub.contracts.mandate.FieldProjection;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.exchange.ExchangeRecord;
import org.govhub.hub.exchange.MandateCompletion;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.OutgoingCommand;
import org.springframework.stereotype.Component;

/**
 * M2's other two completions, like M1's {@code TransferCompletionNotices}: once a pushed licence
 * filing or supervision result has been answered, its originator learns how it ended. The approval
 * bureau is told whether market supervision filed the licence ({@code licence-filing-outcome});
 * market supervision whether the approval bureau recorded its result ({@code supervision-result-outcome}).
 * Each notice carries the declaration's fields (the licence or result number and the enterprise),
 * the overall outcome and the recipient's status, reason code and reference: nothing personal.
 */
@Component
public class PushOutcomeNotices {

    private final MandateExecutor mandates;

    public PushOutcomeNotices(MandateExecutor mandates) {
        this.mandates = mandates;
    }

    /** The notice {@code r} (a completion of the licence-granted or supervision-result flow) for {@code completion}. */
    OutgoingCommand notice(MandateDeclaration m, MandateDeclaration.Recipient r, ExchangeRecord exchange,
                           MandateCompletion completion) {
        String answering = switch (r.command()) {
            case "licence-filing-outcome" -> "market";
            case "supervision-result-outcome" -> "approval";
            default -> throw new IllegalStateException("M2 has no completion notice " + r.agency() + "/" + r.command());
        };
        Obligation answer = completion.recipients().stream().filter(o -> o.recipient().equals(answering)).findFirst()
                .orElseThrow(() -> new IllegalStateException("M2 " + r.command() + " without " + answering + "'s obligation"));
        ObjectNode data = FieldProjection.project(mandates.eventData(exchange), r.fields());
        data.put("outcome", completion.allSucceeded() ? "COMPLETED" : "PARTIAL");
        ObjectNode step = data.putObject(answering);
        step.put("status", answer.status().name());
        if (answer.reasonCode() != null) {
            step.put("reasonCode", answer.reasonCode());
        }
        if (answer.agencyReference() != null) {
            step.put("reference", answer.agencyReference());
        }
        return mandates.completionNotice(m, r, exchange, data, List.of("outcome", answering + ".status",
                answering + ".reasonCode", answering + ".reference"));
    }
}
