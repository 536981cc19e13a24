package org.govhub.connectors.power;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.ClientCredentialsTokens;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The power connector's M6 command {@code connection-application} in a hub: its handler, with the hub's
 * OAuth2 client at the company, and the sink route {@code power-sink-connection-application} on
 * {@code agency.power.connection-application.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.power", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PowerConnectorProperties.class)
public class PowerConnectionApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PowerConnectionApplicationHandler powerConnectionApplicationHandler(PowerConnectorProperties properties, ObjectMapper objectMapper) {
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(PowerAccountTransferHandler.AGENCY, properties,
                properties.getTokenPath(), properties.getClientId(), properties.getClientSecret(), Clock.systemUTC());
        return new PowerConnectionApplicationHandler(properties, AgencyAuth.bearer(tokens), objectMapper);
    }

    @Bean
    public SinkConnectorRoute powerConnectionApplicationRoute(PowerConnectionApplicationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(PowerAccountTransferHandler.AGENCY, "connection-application", handler, objectMapper);
    }
}
