package org.govhub.hub.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.InflightRepository;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/**
 * {@code camel_exchanges_inflight{route_id}}: the exchanges each route holds right now, read from
 * Camel's inflight repository when Prometheus scrapes. Camel's exchange event notifier, which
 * registered this gauge, is switched off ({@code camel.metrics.enable-exchange-event-notifier}):
 * on every finished exchange it searched the whole meter registry for its last-exchange gauge,
 * 12 % of the hub's CPU under M1 load (bench/README.md, "What limits the targets"). Same name and
 * tags as Camel's, so dashboards and queries do not change.
 */
@Component
public class RouteInflightGauges implements CamelContextConfiguration {

    private final MeterRegistry registry;

    public RouteInflightGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        InflightRepository inflight = camel.getInflightRepository();
        for (Route route : camel.getRoutes()) {
            String routeId = route.getRouteId();
            Gauge.builder("camel.exchanges.inflight", () -> inflight.size(routeId))
                    .description("Route inflight messages")
                    .tags("camelContext", camel.getName(), "kind", "CamelExchangeEvent", "routeId", routeId)
                    .register(registry);
        }
    }
}
