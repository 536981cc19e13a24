package org.govhub.connectors.bank;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M4: the bank connector's {@code account-opening} in a hub: its handler and the sink route
 * {@code bank-sink-account-opening} on {@code agency.bank.account-opening.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.bank", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(BankConnectorProperties.class)
public class BankAccountOpeningAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public BankAccountOpeningHandler bankAccountOpeningHandler(BankConnectorProperties properties, ObjectMapper objectMapper) {
        return new BankAccountOpeningHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute bankAccountOpeningRoute(BankAccountOpeningHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(BankAccountOpeningHandler.AGENCY, BankAccountOpeningHandler.COMMAND, handler, objectMapper);
    }
}
