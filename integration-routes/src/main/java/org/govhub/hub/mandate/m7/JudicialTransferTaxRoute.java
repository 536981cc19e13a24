package org.govhub.hub.mandate.m7;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M7, plan Part 5.3: when a court orders the registration of a property transferred in
 * satisfaction of a debt, the disposal information goes to tax at the same time; tax levies
 * deed tax and stamp duty on the transferee, and registration proceeds only once they are paid.
 * A withdrawn order undoes what was done. One saga per court case ({@link JudicialTransferSaga}).
 */
@Component
public class JudicialTransferTaxRoute extends MandateRouteBuilder {

    static final String MANDATE = "M7";

    private final JudicialTransferSaga saga;

    public JudicialTransferTaxRoute(MandateExecutor mandates, JudicialTransferSaga saga) {
        super(mandates);
        this.saga = saga;
    }

    @Override
    public void configure() {
        // The court's order goes to tax, which levies on the transferee; real estate waits ...
        from(trigger(MANDATE, "disposal-ordered")).routeId("m7-disposal-ordered")
                .bean(saga, "levy(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // ... until tax confirms the payment: only then is real estate told to register ...
        from(trigger(MANDATE, "deed-tax-paid")).routeId("m7-deed-tax-paid")
                .bean(saga, "register(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // ... and a withdrawn order is compensated: the levy cancelled or refunded, the registration cancelled.
        from(trigger(MANDATE, "disposal-withdrawn")).routeId("m7-disposal-withdrawn")
                .bean(saga, "compensate(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // After each step, the court is told how it ended.
        from(completion(MANDATE)).routeId("m7-completion")
                .bean(saga, "stepCompleted")
                .to(SEND_COMMANDS);
    }
}
