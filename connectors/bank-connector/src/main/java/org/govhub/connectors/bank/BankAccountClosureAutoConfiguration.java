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
 * M5: the bank connector's {@code account-closure} in a hub: its handler and the sink route
 * {@code bank-sink-account-closure} on {@code agency.bank.account-closure.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.bank", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(BankConnectorProperties.class)
public class BankAccountClosureAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public BankAccountClosureHandler bankAccountClosureHandler(BankConnectorProperties properties, ObjectMapper objectMapper) {
        return new BankAccountClosureHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute bankAccountClosureRoute(BankAccountClosureHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(BankAccountClosureHandler.AGENCY, BankAccountClosureHandler.COMMAND, handler, objectMapper);
    }
}
