package org.govhub.hub.mandate.m1;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M1, plan Part 5.5: when real-estate registration completes a transfer, the water, power, gas
 * and heat utilities each get the transfer and rename the account to the new owner; once all
 * have answered, the new owner is told once and real-estate registration gets the outcome.
 */
@Component
public class PropertyTransferUtilitiesRoute extends MandateRouteBuilder {

    static final String MANDATE = "M1";

    private final TransferCompletionNotices notices;

    public PropertyTransferUtilitiesRoute(MandateExecutor mandates, TransferCompletionNotices notices) {
        super(mandates);
        this.notices = notices;
    }

    @Override
    public void configure() {
        // A transfer registered at real estate ...
        from(trigger(MANDATE)).routeId("m1-property-transfer-utilities")
                // ... goes to each utility, with only the fields its allow-list names ...
                .bean(mandates, "fanOut('" + MANDATE + "', ${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // ... and when every utility has answered: one SMS to the new owner, the outcome to real estate.
        from(completion(MANDATE)).routeId("m1-completion")
                .bean(notices, "notices")
                .to(SEND_COMMANDS);
    }
}
