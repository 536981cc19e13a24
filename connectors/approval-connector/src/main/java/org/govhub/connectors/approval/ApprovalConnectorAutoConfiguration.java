package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** What every approval command shares: the bureau's endpoint and its report interface (M2, M3). */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApprovalConnectorProperties.class)
public class ApprovalConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ApprovalReports approvalReports(ApprovalConnectorProperties properties, ObjectMapper objectMapper) {
        return new ApprovalReports(properties, objectMapper);
    }
}
