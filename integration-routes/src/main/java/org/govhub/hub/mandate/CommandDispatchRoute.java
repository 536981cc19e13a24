package org.govhub.hub.mandate;

import org.apache.camel.builder.RouteBuilder;
import org.govhub.hub.ingress.EventIngress;
import org.springframework.stereotype.Component;

/**
 * Puts commands on their recipients' queues, inside the caller's broker transaction. Each
 * carries its command id as the Artemis duplicate id, so that a redelivered event or outcome
 * that sends the same command again reaches the recipient once.
 */
@Component
public class CommandDispatchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from(MandateRouteBuilder.SEND_COMMANDS).routeId("command-dispatch")
                .split(body())
                    .setHeader("_AMQ_DUPL_ID", simple("command:${body.commandId}"))
                    .setHeader(EventIngress.EXCHANGE_ID_HEADER, simple("${body.exchangeId}"))
                    .setHeader("govhub_queue", simple("${body.queue}"))
                    .setBody(simple("${body.json}"))
                    .toD("jms:queue:${header.govhub_queue}?exchangePattern=InOnly")
                .end();
    }
}
