package org.govhub.hub.mandate.m4;

import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * M4, plan Parts 1.6 and 1.9: a new enterprise registered in the approval bureau's system is
 * passed, in one go, to tax, public security, human resources and social security and, with the
 * enterprise's authorisation, to a bank; each step's progress shows on the exchange as it
 * completes, and the registration system gets every step's outcome and the bank's account.
 */
@Component
public class EnterpriseStartupBundleRoute extends MandateRouteBuilder {

    static final String MANDATE = "M4";

    private final StartupCompletionNotices notices;

    public EnterpriseStartupBundleRoute(MandateExecutor mandates, StartupCompletionNotices notices) {
        super(mandates);
        this.notices = notices;
    }

    @Override
    public void configure() {
        // An enterprise registered at the approval bureau ...
        from(trigger(MANDATE)).routeId("m4-enterprise-startup-bundle")
                // ... goes at once to tax, public security and hrss (the services it chose), and to
                // its bank only with its authorisation on record, each with only its allowed fields ...
                .bean(mandates, fanOut(MANDATE))
                .to(SEND_COMMANDS);

        // ... and when every step has answered, the registration system gets the outcome and the account.
        from(completion(MANDATE)).routeId("m4-completion")
                .bean(notices, "notices")
                .to(SEND_COMMANDS);
    }
}
