package org.govhub.hub.contracts;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code /contracts/}: the human-readable rendering of the published contracts (static pages). */
@Configuration(proxyBeanMethods = false)
public class ContractsPortal implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/contracts", "/contracts/");
        registry.addViewController("/contracts/").setViewName("forward:/contracts/index.html");
    }
}
