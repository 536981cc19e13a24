package org.govhub.hub.mandate.m2;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M2, plan Parts 1.16 and 13.13: the approval bureau pushes the suspicious findings it meets
 * during approval to market supervision, which puts the enterprise on its key-supervision list,
 * and pushes every licence it grants so that supervision knows whom to supervise; market
 * supervision pushes its inspection results and enforcement decisions back to the approval bureau.
 */
@Component
public class ApprovalMarketTwoWayPushRoute extends MandateRouteBuilder {

    static final String MANDATE = "M2";

    private final FindingOutcomeNotices outcomes;

    public ApprovalMarketTwoWayPushRoute(MandateExecutor mandates, FindingOutcomeNotices outcomes) {
        super(mandates);
        this.outcomes = outcomes;
    }

    @Override
    public void configure() {
        // A suspicious finding met during approval goes to market supervision's key-supervision list ...
        from(trigger(MANDATE, "suspicious-finding")).routeId("m2-suspicious-finding")
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);

        // ... every licence or permit granted goes to market supervision, so that it knows whom to supervise ...
        from(trigger(MANDATE, "licence-granted")).routeId("m2-licence-granted")
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);

        // ... and market supervision's inspection results and enforcement decisions go back to the approval bureau.
        from(trigger(MANDATE, "supervision-result")).routeId("m2-supervision-result")
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);

        // Once the recipient has answered, the originator learns what became of its finding, licence or result.
        from(completion(MANDATE)).routeId("m2-completion")
                .bean(outcomes, "notices")
                .to(SEND_COMMANDS);
    }
}
