package org.govhub.connectors.tax;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.govhub.connectors.tax.TaxNewHousingMaterialHandler.Material;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * M8's tax sink routes: {@code tax-sink-sale-contract-filing}, {@code tax-sink-household-registration}
 * and {@code tax-sink-marriage-status}, all to the bureau's new-housing materials endpoint.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.tax", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TaxConnectorProperties.class)
public class TaxNewHousingConnectorAutoConfiguration {

    @Bean
    public SinkConnectorRoute taxSinkSaleContractFilingRoute(TaxConnectorProperties properties, ObjectMapper mapper) {
        return route(Material.SALE_CONTRACT, properties, mapper);
    }

    @Bean
    public SinkConnectorRoute taxSinkHouseholdRegistrationRoute(TaxConnectorProperties properties, ObjectMapper mapper) {
        return route(Material.HOUSEHOLD, properties, mapper);
    }

    @Bean
    public SinkConnectorRoute taxSinkMarriageStatusRoute(TaxConnectorProperties properties, ObjectMapper mapper) {
        return route(Material.MARRIAGE, properties, mapper);
    }

    private static SinkConnectorRoute route(Material material, TaxConnectorProperties properties, ObjectMapper mapper) {
        TaxNewHousingMaterialHandler handler = new TaxNewHousingMaterialHandler(material, properties,
                properties.getAppKey(), mapper);
        return new SinkConnectorRoute(TaxAnswers.AGENCY, handler.command(), handler, mapper);
    }
}
