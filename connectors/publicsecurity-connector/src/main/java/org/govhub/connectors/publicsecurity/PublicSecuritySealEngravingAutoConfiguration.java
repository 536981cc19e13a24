package org.govhub.connectors.publicsecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M4: the publicsecurity connector's {@code seal-engraving} in a hub: its handler and the sink route
 * {@code publicsecurity-sink-seal-engraving} on {@code agency.publicsecurity.seal-engraving.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.publicsecurity", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PublicSecurityConnectorProperties.class)
public class PublicSecuritySealEngravingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PublicSecuritySealEngravingHandler publicSecuritySealEngravingHandler(PublicSecurityConnectorProperties properties, ObjectMapper objectMapper) {
        return new PublicSecuritySealEngravingHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute publicSecuritySealEngravingRoute(PublicSecuritySealEngravingHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(PublicSecuritySealEngravingHandler.AGENCY, PublicSecuritySealEngravingHandler.COMMAND, handler, objectMapper);
    }
}
