package org.govhub.hub.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngressLimits.class)
class IngressConfiguration {

    /** After Spring Security's filters (order -100), so that the caller is known. */
    static final int AFTER_SECURITY = 0;

    @Bean
    FilterRegistrationBean<IngressLimitsFilter> ingressLimits(IngressLimits limits, ObjectMapper mapper) {
        FilterRegistrationBean<IngressLimitsFilter> registration =
                new FilterRegistrationBean<>(new IngressLimitsFilter(limits, mapper));
        registration.addUrlPatterns("/api/v1/events");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
