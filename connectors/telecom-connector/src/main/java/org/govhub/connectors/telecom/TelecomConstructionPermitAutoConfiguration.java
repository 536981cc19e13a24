package org.govhub.connectors.telecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The telecom connector's M6 command {@code construction-permit} in a hub: its handler and the
 * sink route {@code telecom-sink-construction-permit} on {@code agency.telecom.construction-permit.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.telecom", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TelecomConnectorProperties.class)
public class TelecomConstructionPermitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TelecomConstructionPermitHandler telecomConstructionPermitHandler(TelecomConnectorProperties properties,
                                                                         ObjectMapper objectMapper) {
        return new TelecomConstructionPermitHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute telecomConstructionPermitRoute(TelecomConstructionPermitHandler handler,
                                                             ObjectMapper objectMapper) {
        return new SinkConnectorRoute("telecom", "construction-permit", handler, objectMapper);
    }
}
