package org.govhub.hub.mandate;

import org.apache.camel.builder.RouteBuilder;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.broker.BrokerTopology;

/**
 * Base of every mandate route: where its events arrive and where its commands go, so that the
 * mandate's own class reads as the plan's sentence and nothing else.
 */
public abstract class MandateRouteBuilder extends RouteBuilder {

    /** Sends each {@link OutgoingCommand} in the body to its recipient's queue. */
    public static final String SEND_COMMANDS = "direct:send-commands";

    protected final MandateExecutor mandates;

    protected MandateRouteBuilder(MandateExecutor mandates) {
        this.mandates = mandates;
    }

    /** The mandate's durable queue on its trigger event's address, consumed in a broker transaction. */
    protected String trigger(String mandateId) {
        MandateDeclaration m = mandates.mandate(mandateId);
        return "jms:queue:" + BrokerTopology.subscriptionFqqn(m)
                + "?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers={{govhub.mandates.consumers:2}}";
    }

    /** Where {@link org.govhub.hub.results.ResultsRoute} hands a mandate whose recipients have all answered. */
    public static String completion(String mandateId) {
        return "direct:completion-" + mandateId;
    }
}
