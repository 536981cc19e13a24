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

    /** A one-flow mandate's durable queue on its trigger event's address, consumed in a broker transaction. */
    protected String trigger(String mandateId) {
        MandateDeclaration m = mandates.mandate(mandateId);
        if (m.flows().size() != 1) {
            throw new IllegalStateException("mandate " + mandateId + " has " + m.flows().size()
                    + " flows: name the flow");
        }
        return trigger(mandateId, m.flows().get(0).name());
    }

    /** The durable queue of one flow of a mandate, consumed in a broker transaction. */
    protected String trigger(String mandateId, String flowName) {
        MandateDeclaration m = mandates.mandate(mandateId);
        MandateDeclaration.Flow f = m.flow(flowName).orElseThrow(
                () -> new IllegalStateException("mandate " + mandateId + " has no flow " + flowName));
        return "jms:queue:" + BrokerTopology.subscriptionFqqn(m, f)
                + "?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers=" + consumers(mandateId);
    }

    /** {@code govhub.mandates.<id>.consumers}, else {@code govhub.mandates.default.consumers}, else 2. */
    private String consumers(String mandateId) {
        return getContext().getPropertiesComponent().resolveProperty("govhub.mandates." + mandateId + ".consumers")
                .orElse("{{govhub.mandates.default.consumers:2}}");
    }

    /**
     * The standard fan-out of a mandate: every recipient of the flow the event starts gets its
     * command. For use in a route: {@code .bean(mandates, fanOut("M2"))}.
     */
    protected static String fanOut(String mandateId) {
        return "fanOut('" + mandateId + "', ${body}, ${header.govhub_exchange_id})";
    }

    /** Where {@link org.govhub.hub.results.ResultsRoute} hands a mandate whose recipients have all answered. */
    public static String completion(String mandateId) {
        return "direct:completion-" + mandateId;
    }
}
