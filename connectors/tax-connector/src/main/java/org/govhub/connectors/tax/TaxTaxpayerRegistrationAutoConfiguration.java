package org.govhub.connectors.tax;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M4: the tax connector's {@code taxpayer-registration} in a hub: its handler and the sink route
 * {@code tax-sink-taxpayer-registration} on {@code agency.tax.taxpayer-registration.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.tax", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TaxConnectorProperties.class)
public class TaxTaxpayerRegistrationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TaxTaxpayerRegistrationHandler taxTaxpayerRegistrationHandler(TaxConnectorProperties properties, ObjectMapper objectMapper) {
        return new TaxTaxpayerRegistrationHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute taxTaxpayerRegistrationRoute(TaxTaxpayerRegistrationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(TaxTaxpayerRegistrationHandler.AGENCY, TaxTaxpayerRegistrationHandler.COMMAND, handler, objectMapper);
    }
}
