package org.govhub.connectors.publicsecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** publicsecurity's sink route for M8, {@code publicsecurity-sink-household-registration-request}, in any hub that has this module. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.publicsecurity", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PublicSecurityConnectorProperties.class)
public class PublicsecurityConnectorAutoConfiguration {

    @Bean
    public PublicsecurityHouseholdRegistrationRequestHandler publicsecurityHouseholdRegistrationRequestHandler(PublicSecurityConnectorProperties properties, ObjectMapper objectMapper) {
        return new PublicsecurityHouseholdRegistrationRequestHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute publicsecuritySinkRoute(PublicsecurityHouseholdRegistrationRequestHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(PublicsecurityHouseholdRegistrationRequestHandler.AGENCY, PublicsecurityHouseholdRegistrationRequestHandler.COMMAND, handler, objectMapper);
    }
}
