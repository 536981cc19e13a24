package org.govhub.hub.scaleout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import javax.sql.DataSource;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.hub.audit.AuditLog;
import org.govhub.hub.exchange.DeadlineWatcher;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.ledger.JdbcCommandLedger;
import org.govhub.hub.metrics.MandateMetrics;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The hub's state-keeping beans as one hub instance has them (the exchange repository, the
 * deadline watcher, the command ledger, the audit log, the metrics), with its own connection
 * pool to the shared PostgreSQL: two of these are two hub instances as far as the database can
 * tell. Everything else of the hub (routes, broker, HTTP) is left out.
 */
final class HubInstance implements AutoCloseable {

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final HikariDataSource pool = new HikariDataSource();

    HubInstance(String jdbcUrl) {
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("govhub.audit.subject-key", "scale-out-test-key", "govhub.deadlines.watch-batch", "7")));
        context.registerBean(DataSource.class, () -> pool);
        context.register(Beans.class, ExchangeRepository.class, DeadlineWatcher.class, JdbcCommandLedger.class,
                AuditLog.class, MandateMetrics.class);
        context.refresh();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** This instance's count of {@code govhub_deadline_breaches_total}, over every label. */
    double breachesCounted() {
        return bean(MeterRegistry.class).find("govhub.deadline.breaches").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    /** This instance's count of {@code govhub_exchanges_completed}, over every label. */
    double completionsCounted() {
        return bean(MeterRegistry.class).find("govhub.exchanges.completed").timers().stream()
                .mapToDouble(t -> t.count()).sum();
    }

    @Override
    public void close() {
        context.close();
        pool.close();
    }

    /** Not a @Configuration: the hub's own component scan must not find it. */
    // Class proxies, as Spring Boot makes them.
    @EnableTransactionManagement(proxyTargetClass = true)
    static class Beans {
        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        JdbcTransactionManager transactionManager(DataSource dataSource) {
            return new JdbcTransactionManager(dataSource);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        MandateCatalog mandateCatalog() {
            return MandateCatalog.fromClasspath();
        }

        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper().findAndRegisterModules();
        }
    }
}
