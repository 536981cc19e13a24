package org.govhub.hub.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@code /actuator/prometheus} within Prometheus's naming conventions, so that
 * {@code promtool check metrics} accepts it (OperatorMetricsIT checks): metric and label names in
 * snake_case (Camel tags {@code routeId}, {@code camelContext}; Spring Security's per-filter
 * meters), help text on every family, no
 * abbreviated units in names and no {@code _count} suffix on a gauge.
 */
@Configuration(proxyBeanMethods = false)
public class PrometheusConventions {

    /** Meters whose names Prometheus rejects and which add nothing the hub's operators use. */
    private static final Set<String> DENIED = Set.of(
            "jvm.compilation.time",   // exported as ..._ms_total; process/JVM CPU gauges remain
            "process.cpu.time");      // exported as ..._ns_total; process_cpu_usage remains

    @Bean
    MeterFilter prometheusNamingFilter() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return DENIED.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                // Names too: Spring Security's observations name meters after filter classes.
                String name = "system.cpu.count".equals(id.getName()) ? "system.cpus" : nameInSnakeCase(id.getName());
                List<Tag> tags = id.getTags().stream().map(t -> Tag.of(snakeCase(t.getKey()), t.getValue())).toList();
                String description = id.getDescription() != null ? id.getDescription()
                        : name + " (" + id.getType().name().toLowerCase() + ")";
                return new Meter.Id(name, io.micrometer.core.instrument.Tags.of(tags), id.getBaseUnit(),
                        description, id.getType());
            }
        };
    }

    /** Each dot-separated segment of a meter name in snake_case ({@code AuthenticationFilter} → {@code authentication_filter}). */
    static String nameInSnakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (String segment : name.split("\\.", -1)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(snakeCase(segment));
        }
        return out.toString();
    }

    static String snakeCase(String key) {
        StringBuilder out = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
