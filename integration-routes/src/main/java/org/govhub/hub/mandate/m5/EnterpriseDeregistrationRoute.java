package org.govhub.hub.mandate.m5;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M5, plan Part 1.14: deregistering an enterprise cancels its business licence and its permits
 * together; the progress and results are shared in real time with public security, human
 * resources and social security, tax, the bank and market supervision, each of which ends what
 * it holds; the approval bureau gets every agency's result.
 */
@Component
public class EnterpriseDeregistrationRoute extends MandateRouteBuilder {

    static final String MANDATE = "M5";

    private final DeregistrationCompletionNotices notices;

    public EnterpriseDeregistrationRoute(MandateExecutor mandates, DeregistrationCompletionNotices notices) {
        super(mandates);
        this.notices = notices;
    }

    @Override
    public void configure() {
        // An enterprise deregistered at the approval bureau, licence and permits together ...
        from(trigger(MANDATE)).routeId("m5-enterprise-deregistration")
                // ... is told at once to every agency that may hold its registrations; each
                // agency's step shows on the exchange as it answers ...
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);

        // ... and when all have answered, the approval bureau gets the results.
        from(completion(MANDATE)).routeId("m5-completion")
                .bean(notices, "notices")
                .to(SEND_COMMANDS);
    }
}
