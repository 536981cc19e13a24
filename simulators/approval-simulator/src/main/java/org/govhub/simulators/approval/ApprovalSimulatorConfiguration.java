package org.govhub.simulators.approval;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalSimulatorProperties.class)
class ApprovalSimulatorConfiguration {
}
