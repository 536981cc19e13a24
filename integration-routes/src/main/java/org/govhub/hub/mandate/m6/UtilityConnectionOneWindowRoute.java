package org.govhub.hub.mandate.m6;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M6, plan Parts 4.1 and 4.4: one application at the combined window for water, power, gas,
 * heat, telecom and drainage connections goes to each utility the applicant chose, with only
 * its part; each answers within 3 working days, 4 with external works; once all have answered,
 * the window gets every utility's answer. Parts 4.2 and 4.5: every construction permit the
 * engineering-project approval system issues reaches all six utilities, so that they can offer
 * the connection before anyone applies.
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

        // A construction permit issued by the engineering-project approval system reaches every
        // utility, with the project and the one measure of scale it plans by, never a person.
        from(trigger(MANDATE, "construction-permit")).routeId("m6-construction-permit")
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);
    }
}
