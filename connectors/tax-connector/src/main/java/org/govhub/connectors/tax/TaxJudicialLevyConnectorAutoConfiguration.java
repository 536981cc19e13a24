package org.govhub.connectors.tax;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M7's tax sink routes in any hub that has this module: {@code tax-sink-deed-tax-levy} and
 * {@code tax-sink-deed-tax-levy-cancellation}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.tax", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TaxConnectorProperties.class)
public class TaxJudicialLevyConnectorAutoConfiguration {

    @Bean
    public TaxDeedTaxLevyHandler taxDeedTaxLevyHandler(TaxConnectorProperties properties, ObjectMapper objectMapper) {
        return new TaxDeedTaxLevyHandler(properties, properties.getAppKey(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute taxSinkDeedTaxLevyRoute(TaxDeedTaxLevyHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(TaxAnswers.AGENCY, TaxDeedTaxLevyHandler.COMMAND, handler, objectMapper);
    }

    @Bean
    public TaxLevyCancellationHandler taxLevyCancellationHandler(TaxConnectorProperties properties,
                                                                 ObjectMapper objectMapper) {
        return new TaxLevyCancellationHandler(properties, properties.getAppKey(), objectMapper);
    }

    @Bean
    public SinkConnectorRoute taxSinkDeedTaxLevyCancellationRoute(TaxLevyCancellationHandler handler,
                                                                  ObjectMapper objectMapper) {
        return new SinkConnectorRoute(TaxAnswers.AGENCY, TaxLevyCancellationHandler.COMMAND, handler, objectMapper);
    }
}
