package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** M9: the registry's unit look-up for the catalogue resource {@code realestate.unit-basics}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.realestate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RealestateConnectorProperties.class)
public class RealestateUnitBasicsQueryAutoConfiguration {

    @Bean
    public RealestateUnitBasicsQuery realestateUnitBasicsQuery(RealestateConnectorProperties properties,
                                                               ObjectMapper objectMapper) {
        return new RealestateUnitBasicsQuery(properties, properties.getApiToken(), objectMapper);
    }
}
