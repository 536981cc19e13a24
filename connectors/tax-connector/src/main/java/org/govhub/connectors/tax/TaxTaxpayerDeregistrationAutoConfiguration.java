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
 * M5: the tax connector's {@code taxpayer-deregistration} in a hub: its handler and the sink route
 * {@code tax-sink-taxpayer-deregistration} on {@code agency.tax.taxpayer-deregistration.v1}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.tax", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TaxConnectorProperties.class)
public class TaxTaxpayerDeregistrationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TaxTaxpayerDeregistrationHandler taxTaxpayerDeregistrationHandler(TaxConnectorProperties properties, ObjectMapper objectMapper) {
        return new TaxTaxpayerDeregistrationHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute taxTaxpayerDeregistrationRoute(TaxTaxpayerDeregistrationHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(TaxTaxpayerDeregistrationHandler.AGENCY, TaxTaxpayerDeregistrationHandler.COMMAND, handler, objectMapper);
    }
}
