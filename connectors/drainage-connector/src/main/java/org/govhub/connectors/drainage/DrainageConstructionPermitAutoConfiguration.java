package org.govhub.connectors.drainage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The drainage connector's M6 command {@code construction-permit} in a hub: its handler and the
 * sink route {@code drainage-sink-construction-permit} on {@code agency.drainage.construction-permit.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.drainage", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DrainageConnectorProperties.class)
public class DrainageConstructionPermitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DrainageConstructionPermitHandler drainageConstructionPermitHandler(DrainageConnectorProperties properties,
                                                                         ObjectMapper objectMapper) {
        return new DrainageConstructionPermitHandler(properties, properties.getUsername(), properties.getPassword(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute drainageConstructionPermitRoute(DrainageConstructionPermitHandler handler,
                                                             ObjectMapper objectMapper) {
        return new SinkConnectorRoute("drainage", "construction-permit", handler, objectMapper);
    }
}
