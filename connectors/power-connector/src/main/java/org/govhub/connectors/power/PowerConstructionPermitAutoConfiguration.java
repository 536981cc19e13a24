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
 * The power connector's M6 command {@code construction-permit} in a hub: its handler, with the hub's
 * OAuth2 client at the company, and the sink route {@code power-sink-construction-permit} on
 * {@code agency.power.construction-permit.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.power", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PowerConnectorProperties.class)
public class PowerConstructionPermitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PowerConstructionPermitHandler powerConstructionPermitHandler(PowerConnectorProperties properties, ObjectMapper objectMapper) {
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(PowerAccountTransferHandler.AGENCY, properties,
                properties.getTokenPath(), properties.getClientId(), properties.getClientSecret(), Clock.systemUTC());
        return new PowerConstructionPermitHandler(properties, AgencyAuth.bearer(tokens), objectMapper);
    }

    @Bean
    public SinkConnectorRoute powerConstructionPermitRoute(PowerConstructionPermitHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(PowerAccountTransferHandler.AGENCY, "construction-permit", handler, objectMapper);
    }
}
