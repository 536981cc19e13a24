package org.govhub.connectors.credit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** M9: the platform's evaluation look-up for the catalogue resource {@code credit.comprehensive-evaluation}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.credit", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CreditConnectorProperties.class)
public class CreditComprehensiveEvaluationQueryAutoConfiguration {

    @Bean
    public CreditComprehensiveEvaluationQuery creditComprehensiveEvaluationQuery(CreditConnectorProperties properties,
                                                                                 ObjectMapper objectMapper) {
        return new CreditComprehensiveEvaluationQuery(properties, properties.getApiToken(), objectMapper);
    }
}
