package org.govhub.hub.broker;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker with security on: no guest, no anonymous connection, one user for the hub
 * (its ingress, mandate routes and in-process connectors share one connection factory) whose
 * role may send, consume and browse on the declared addresses and nothing else: it cannot create
 * or delete addresses or queues, or manage the broker. Its password is made at start-up and never
 * leaves the process (the embedded broker has only an in-VM acceptor).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedBrokerSecurity {

    static final String HUB_USER = "govhub-hub";
    static final String HUB_ROLE = "hub";

    /** The hub's broker credentials for this run. */
    public record HubCredentials(String user, String password) {
    }

    @Bean
    HubCredentials embeddedBrokerCredentials() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new HubCredentials(HUB_USER, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Bean
    ArtemisConfigurationCustomizer embeddedBrokerSecuritySettings() {
        return configuration -> {
            configuration.setSecurityEnabled(true);
            // send, consume, create/delete durable queue, create/delete non-durable queue, manage,
            // browse, create/delete address, view, edit
            configuration.putSecurityRoles("#", Set.of(new Role(HUB_ROLE, true, true, false, false, false, false,
                    false, true, false, false, false, false)));
        };
    }

    /** The broker authenticates against exactly the hub's user, before it starts. */
    @Bean
    static BeanPostProcessor embeddedBrokerUsers(org.springframework.beans.factory.ObjectProvider<HubCredentials> credentials) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    HubCredentials c = credentials.getObject();
                    SecurityConfiguration users = new SecurityConfiguration();
                    users.addUser(c.user(), c.password());
                    users.addRole(c.user(), HUB_ROLE);
                    broker.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
                } else if (bean instanceof JmsPoolConnectionFactory pool
                        && pool.getConnectionFactory() instanceof ActiveMQConnectionFactory factory) {
                    login(factory, credentials.getObject());
                } else if (bean instanceof ActiveMQConnectionFactory factory) {
                    login(factory, credentials.getObject());
                }
                return bean;
            }
        };
    }

    private static void login(ActiveMQConnectionFactory factory, HubCredentials c) {
        factory.setUser(c.user());
        factory.setPassword(c.password());
    }
}
