package org.govhub.connectors.credit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The credit connector: route {@code credit-sink-credit-record} on {@code agency.credit.credit-record.v1}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.credit", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CreditConnectorProperties.class)
public class CreditRecordAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CreditRecordHandler creditRecordHandler(CreditConnectorProperties properties, ObjectMapper objectMapper) {
        return new CreditRecordHandler(properties, properties.getApiToken(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute creditRecordRoute(CreditRecordHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(CreditRecordHandler.AGENCY, CreditRecordHandler.COMMAND, handler, objectMapper);
    }
}
