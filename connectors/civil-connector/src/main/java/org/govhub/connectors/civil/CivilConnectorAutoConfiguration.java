package org.govhub.connectors.civil;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** civil's sink route for M8, {@code civil-sink-marriage-status-request}, in any hub that has this module. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.civil", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CivilConnectorProperties.class)
public class CivilConnectorAutoConfiguration {

    @Bean
    public CivilMarriageStatusRequestHandler civilMarriageStatusRequestHandler(CivilConnectorProperties properties, ObjectMapper objectMapper) {
        return new CivilMarriageStatusRequestHandler(properties, objectMapper);
    }

    @Bean
    public SinkConnectorRoute civilSinkRoute(CivilMarriageStatusRequestHandler handler, ObjectMapper objectMapper) {
        return new SinkConnectorRoute(CivilMarriageStatusRequestHandler.AGENCY, CivilMarriageStatusRequestHandler.COMMAND, handler, objectMapper);
    }
}
