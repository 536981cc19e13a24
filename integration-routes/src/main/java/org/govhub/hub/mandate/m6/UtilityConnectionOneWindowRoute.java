package org.govhub.hub.mandate.m6;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M6, plan Parts 4.1 and 4.4: one application at the combined window for water, power, gas,
 * heat, telecom and drainage connections goes to each utility the applicant chose, with only
 * its part; each answers within 3 working days, 4 with external works; once all have answered,
 * the window gets every utility's answer.
 */
@Component
public class UtilityConnectionOneWindowRoute extends MandateRouteBuilder {

    static final String MANDATE = "M6";

    private final ConnectionOutcomeNotices notices;

    public UtilityConnectionOneWindowRoute(MandateExecutor mandates, ConnectionOutcomeNotices notices) {
        super(mandates);
        this.notices = notices;
    }

    @Override
    public void configure() {
        // An application accepted at the combined window ...
        from(trigger(MANDATE, "connection-application")).routeId("m6-connection-application")
                // ... goes to each utility chosen, with the common part and its own section only ...
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);

        // ... and when every chosen utility has answered, the window learns what each said.
        from(completion(MANDATE)).routeId("m6-completion")
                .bean(notices, "notices")
                .to(SEND_COMMANDS);
    }
}
