package org.govhub.simulators.realestate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RealestateSimulatorProperties.class)
class RealestateSimulatorConfiguration {
}
