package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** M9: the register's enterprise look-up for the catalogue resource {@code approval.enterprise-registration}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "govhub.connectors.approval", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApprovalConnectorProperties.class)
public class ApprovalEnterpriseRegistrationQueryAutoConfiguration {

    @Bean
    public ApprovalEnterpriseRegistrationQuery approvalEnterpriseRegistrationQuery(ApprovalConnectorProperties properties,
                                                                                   ObjectMapper objectMapper) {
        return new ApprovalEnterpriseRegistrationQuery(properties, objectMapper);
    }
}
