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
 * M5: the publicsecurity connector's {@code seal-cancellation} in a hub: its handler and the sink route
 * {@code publicsecurity-sink-seal-cancellation} on {@code agency.publicsecurity.seal-cancellation.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.publicsecurity", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PublicSecurityConnectorProperties.class)
public class PublicSecuritySealCancellationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PublicSecuritySealCancellationHandler publicSecuritySealCancellationHandler(PublicSecurityConnectorProperties properties, ObjectMapper objectMapper) {
        return new PublicSecuritySealCancellationHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute publicSecuritySealCancellationRoute(PublicSecuritySealCancellationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(PublicSecuritySealCancellationHandler.AGENCY, PublicSecuritySealCancellationHandler.COMMAND, handler, objectMapper);
    }
}
