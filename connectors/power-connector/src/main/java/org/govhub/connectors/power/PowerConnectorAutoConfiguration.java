package org.govhub.connectors.power;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.govhub.connectors.support.ClientCredentialsTokens;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The power connector in a hub: its handler and the sink route
 * {@code power-sink-account-transfer} on {@code agency.power.account-transfer.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.power", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PowerConnectorProperties.class)
public class PowerConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PowerAccountTransferHandler powerAccountTransferHandler(PowerConnectorProperties properties,
                                                                   ObjectMapper objectMapper) {
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(PowerAccountTransferHandler.AGENCY, properties,
                properties.getTokenPath(), properties.getClientId(), properties.getClientSecret(), Clock.systemUTC());
        return new PowerAccountTransferHandler(properties, tokens, objectMapper);
    }

    @Bean
    public SinkConnectorRoute powerAccountTransferRoute(PowerAccountTransferHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(PowerAccountTransferHandler.AGENCY, "account-transfer", handler, objectMapper);
    }
}
