package org.govhub.hub.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.builder.RouteBuilder;
import org.govhub.contracts.command.CommandOutcome;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.MandateCompletion;
import org.govhub.hub.mandate.MandateRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Collects every recipient's outcome from {@code govhub.results.v1} into its obligation, and
 * hands a mandate whose recipients have all answered to that mandate's completion route.
 */
@Component
public class ResultsRoute extends RouteBuilder {

    static final String COMPLETION_HEADER = "govhub_completion";

    private final ExchangeRepository exchanges;
    private final ObjectMapper mapper;

    public ResultsRoute(ExchangeRepository exchanges, ObjectMapper mapper) {
        this.exchanges = exchanges;
        this.mapper = mapper;
    }

    @Override
    public void configure() {
        from("jms:queue:{{govhub.results.queue:govhub.results.v1}}?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers={{govhub.results.consumers:2}}")
                .routeId("results-collector")
                .process(exchange -> {
                    CommandOutcome outcome = mapper.readValue(exchange.getMessage().getBody(String.class),
                            CommandOutcome.class);
                    // The outcome commits first; its mandate's completion is checked after, without a lock
                    // (ExchangeRepository#completionAfterSettling).
                    Optional<MandateCompletion> completion = exchanges.settle(outcome).flatMap(mandate ->
                            exchanges.completionAfterSettling(UUID.fromString(outcome.exchangeId()), mandate));
                    exchange.getMessage().setBody(completion.orElse(null));
                    completion.ifPresent(c -> exchange.getMessage().setHeader(COMPLETION_HEADER,
                            MandateRouteBuilder.completion(c.mandate())));
                })
                .filter(body().isNotNull())
                    .toD("${header." + COMPLETION_HEADER + "}")
                .end();
    }
}
