package org.govhub.simulators.support.hub;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubClientProperties.class)
class HubClientConfiguration {
}
