package org.govhub.hub.mandate.m3;

import org.apache.camel.LoggingLevel;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M3, plan Parts 15.3, 15.5, 15.7, 15.9 and 11.6: industry authorities push violation and
 * dishonesty records to the public credit platform; the platform's comprehensive credit
 * evaluation of an enterprise, every change of it (a credit repair, a correction, a retraction
 * too), goes to every agency that subscribes and to every agency that holds an earlier version;
 * market supervision sets its inspection sampling ratio by the class.
 */
@Component
public class CreditRatingSharingRoute extends MandateRouteBuilder {

    static final String MANDATE = "M3";

    private final RatingNotices ratings;

    public CreditRatingSharingRoute(MandateExecutor mandates, RatingNotices ratings) {
        super(mandates);
        this.ratings = ratings;
    }

    @Override
    public void configure() {
        // Market supervision, tax and housing push their violation and dishonesty records to the credit platform ...
        for (String authority : new String[] {"market", "tax", "housing"}) {
            from(trigger(MANDATE, authority + "-record")).routeId("m3-" + authority + "-record")
                    .bean(mandates, fanOut(MANDATE))
                    .to(SEND_COMMANDS);
        }

        // ... and every change of the platform's credit rating goes to each subscriber, and to every
        // agency that holds an earlier version of that enterprise's rating.
        from(trigger(MANDATE, "rating-change")).routeId("m3-rating-change")
                .bean(ratings, "fanOut(${body}, ${header.govhub_exchange_id})")
                .to(SEND_COMMANDS);

        // Nothing is pushed back: the originator follows its exchange (GET /api/v1/exchanges/{id}).
        from(completion(MANDATE)).routeId("m3-completion")
                .log(LoggingLevel.DEBUG, "M3 exchange ${body.exchangeId} completed");
    }
}
