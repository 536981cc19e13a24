package org.govhub.connectors.creditsubscriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One sink route per subscribing agency listed under
 * {@code govhub.connectors.credit-subscribers.agencies} (own endpoints under {@code systems.<agency>}): {@code <agency>-sink-credit-rating-notice}
 * on {@code agency.<agency>.credit-rating-notice.v1}, each with its own endpoint, token, circuit
 * breaker and dead letters. The M3 declaration says who may receive ratings; this list says
 * which of them the hub reaches through the subscribers' interface.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
public class CreditSubscribersAutoConfiguration {

    static final String PREFIX = "govhub.connectors.credit-subscribers";

    @Bean
    public static BeanDefinitionRegistryPostProcessor creditSubscriberRoutes(Environment environment) {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                CreditSubscribersProperties properties = Binder.get(environment)
                        .bind(PREFIX, CreditSubscribersProperties.class).orElseGet(CreditSubscribersProperties::new);
                for (String agency : properties.getAgencies()) {
                    CreditSubscribersProperties.Subscriber own = properties.getSystems()
                            .getOrDefault(agency, new CreditSubscribersProperties.Subscriber());
                    AgencyEndpointProperties endpoint = new AgencyEndpointProperties();
                    endpoint.setBaseUrl(own.getBaseUrl() != null ? own.getBaseUrl() : properties.getBaseUrl());
                    endpoint.setConnectTimeout(properties.getConnectTimeout());
                    endpoint.setReadTimeout(properties.getReadTimeout());
                    String token = own.getApiToken() != null ? own.getApiToken() : properties.getApiToken();
                    BeanFactory beans = (BeanFactory) registry;
                    registry.registerBeanDefinition(agency + "CreditRatingNoticeRoute", BeanDefinitionBuilder
                            .genericBeanDefinition(SinkConnectorRoute.class, () -> {
                                ObjectMapper mapper = beans.getBean(ObjectMapper.class);
                                return new SinkConnectorRoute(agency, CreditRatingNoticeHandler.COMMAND,
                                        new CreditRatingNoticeHandler(agency, endpoint, token, mapper), mapper);
                            }).getBeanDefinition());
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
