package org.govhub.hub.mandate.m2;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * M2's completions: for a suspicious finding, the approval bureau is told what market
 * supervision did with it (listed, already listed, refused, failed); for a licence filing or a
 * supervision result, its originator is told how it ended ({@link PushOutcomeNotices}).
 */
@Component
public class FindingOutcomeNotices {

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final PushOutcomeNotices pushOutcomes;

    public FindingOutcomeNotices(MandateExecutor mandates, ExchangeRepository exchanges, PushOutcomeNotices pushOutcomes) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.pushOutcomes = pushOutcomes;
    }

    public List<OutgoingCommand> notices(MandateCompletion completion) {
        MandateDeclaration m = mandates.mandate(ApprovalMarketTwoWayPushRoute.MANDATE);
        ExchangeRecord exchange = exchanges.find(completion.exchangeId())
                .orElseThrow(() -> new IllegalStateException("exchange " + completion.exchangeId() + " vanished"));
        List<OutgoingCommand> out = new ArrayList<>();
        for (MandateDeclaration.Recipient r : mandates.flowOf(m.id(), exchange).completion()) {
            if (!"finding-outcome".equals(r.command())) {
                // A licence filing's or a supervision result's originator: PushOutcomeNotices.
                out.add(pushOutcomes.notice(m, r, exchange, completion));
                continue;
            }
            ObjectNode data = FieldProjection.project(mandates.eventData(exchange), r.fields());
            data.put("outcome", completion.allSucceeded() ? "COMPLETED" : "PARTIAL");
            ObjectNode market = data.putObject("market");
            Obligation listing = completion.recipients().stream().filter(o -> o.recipient().equals("market"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("M2 finding without market's obligation"));
            market.put("status", listing.status().name());
            if (listing.reasonCode() != null) {
                market.put("reasonCode", listing.reasonCode());
            }
            if (listing.agencyReference() != null) {
                market.put("reference", listing.agencyReference());
            }
            out.add(mandates.completionNotice(m, r, exchange, data,
                    List.of("outcome", "market.status", "market.reasonCode", "market.reference")));
        }
        return out;
    }
}
