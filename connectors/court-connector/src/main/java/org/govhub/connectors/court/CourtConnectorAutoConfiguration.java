package org.govhub.connectors.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The court's sink route, {@code court-sink-assistance-feedback}, in any hub that has this module. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.court", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CourtConnectorProperties.class)
public class CourtConnectorAutoConfiguration {

    @Bean
    public CourtAssistanceFeedbackHandler courtAssistanceFeedbackHandler(CourtConnectorProperties properties,
                                                                         ObjectMapper objectMapper) {
        return new CourtAssistanceFeedbackHandler(properties, properties.getUsername(), properties.getPassword(),
                objectMapper);
    }

    @Bean
    public SinkConnectorRoute courtSinkAssistanceFeedbackRoute(CourtAssistanceFeedbackHandler handler,
                                                               ObjectMapper objectMapper) {
        return new SinkConnectorRoute(CourtAssistanceFeedbackHandler.AGENCY, CourtAssistanceFeedbackHandler.COMMAND,
                handler, objectMapper);
    }
}
