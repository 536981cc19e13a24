package org.govhub.hub.mandate.m8;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M8, plan Part 5.10: a buyer of new commercial housing brings only an ID card; the registration
 * is completed with the sale-contract filing housing shares, and tax gets the household
 * registration from public security and the marriage status from civil affairs, personal data
 * shared only with the buyer's recorded consent. One saga per application ({@link OneIdCardRegistrationSaga}).
 */
@Component
public class OneIdCardRegistrationRoute extends MandateRouteBuilder {

    static final String MANDATE = "M8";

    private final OneIdCardRegistrationSaga saga;

    public OneIdCardRegistrationRoute(MandateExecutor mandates, OneIdCardRegistrationSaga saga) {
        super(mandates);
        this.saga = saga;
    }

    @Override
    public void configure() {
        // The buyer at real estate's window, with only an ID card: housing is asked for the filing;
        // public security and civil affairs for the household and the marriage, where the buyer consented ...
        from(trigger(MANDATE, "registration-requested")).routeId("m8-registration-requested")
                .bean(saga, "ask(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // ... housing's filing completes the registration at real estate and gives tax its base ...
        from(trigger(MANDATE, "sale-contract-filing-shared")).routeId("m8-sale-contract-filing-shared")
                .bean(saga, "share(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // ... and tax gets the household and the marriage status, while the consent is in force.
        from(trigger(MANDATE, "household-registration-shared")).routeId("m8-household-registration-shared")
                .bean(saga, "share(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);
        from(trigger(MANDATE, "marriage-status-shared")).routeId("m8-marriage-status-shared")
                .bean(saga, "share(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // Each step ends when its recipients answered; the shares themselves are the outcome.
        from(completion(MANDATE)).routeId("m8-completion")
                .log("M8 step of exchange ${body.exchangeId} completed");
    }
}
