package org.govhub.hub.broker;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.govhub.contracts.mandate.MandateCatalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the hub's addresses and queues in the embedded broker of the default run, with
 * no auto-creation, a dead-letter queue per queue, broker redelivery with backoff, and
 * duplicate detection. A standalone broker gets the same declarations from its broker.xml
 * (see README), or from {@link BrokerTopologyInitializer} where the hub may create them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedBrokerConfiguration {

    /** Where a dead letter goes if replaying it fails again: nothing is dropped. */
    static final String GENERAL_DLQ = "DLQ";
    static final String EXPIRY = "ExpiryQueue";

    @Bean
    ArtemisConfigurationCustomizer govhubTopology(MandateCatalog catalog, BrokerProperties props) {
        BrokerTopology topology = new BrokerTopology(catalog);
        return configuration -> {
            configuration.setIDCacheSize(props.getDuplicateIdCacheSize());
            configuration.setPersistIDCache(true);
            // Nothing is created by accident: a send to an undeclared address fails loudly.
            configuration.addAddressSetting("#", new AddressSettings()
                    .setAutoCreateAddresses(false)
                    .setAutoCreateQueues(false)
                    .setDeadLetterAddress(SimpleString.of(GENERAL_DLQ))
                    .setExpiryAddress(SimpleString.of(EXPIRY))
                    .setRedeliveryDelay(props.getRedeliveryDelayMs())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(props.getMaxRedeliveryDelayMs())
                    .setMaxDeliveryAttempts(props.getMaxDeliveryAttempts()));
            configuration.addAddressConfiguration(anycast(GENERAL_DLQ));
            configuration.addAddressConfiguration(anycast(EXPIRY));
            topology.multicast().forEach((address, queues) -> {
                CoreAddressConfiguration a = new CoreAddressConfiguration().setName(address)
                        .addRoutingType(RoutingType.MULTICAST);
                queues.forEach(q -> a.addQueueConfiguration(QueueConfiguration.of(q).setAddress(address)
                        .setRoutingType(RoutingType.MULTICAST).setDurable(true)));
                configuration.addAddressConfiguration(a);
                queues.forEach(q -> deadLetter(configuration, address, q, props));
            });
            topology.anycast().forEach(q -> {
                configuration.addAddressConfiguration(anycast(q));
                deadLetter(configuration, q, q, props);
            });
        };
    }

    private static CoreAddressConfiguration anycast(String name) {
        return new CoreAddressConfiguration().setName(name).addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name).setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST).setDurable(true));
    }

    private static void deadLetter(org.apache.activemq.artemis.core.config.Configuration configuration,
                                   String address, String queue, BrokerProperties props) {
        String dlq = BrokerTopology.DLQ_PREFIX + queue;
        configuration.addAddressConfiguration(anycast(dlq));
        configuration.addAddressSetting(address, new AddressSettings()
                .setAutoCreateAddresses(false)
                .setAutoCreateQueues(false)
                .setDeadLetterAddress(SimpleString.of(dlq))
                .setExpiryAddress(SimpleString.of(EXPIRY))
                .setRedeliveryDelay(props.getRedeliveryDelayMs())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(props.getMaxRedeliveryDelayMs())
                .setMaxDeliveryAttempts(props.getMaxDeliveryAttempts()));
    }
}
