package org.govhub.hub.broker;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.govhub.contracts.mandate.MandateCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.stereotype.Component;

/**
 * Against a standalone broker: makes sure every address and queue of {@link BrokerTopology}
 * exists before any route starts, creating what is missing. Where the broker's own
 * configuration declares them and the hub's broker user may not create queues, this only
 * finds them present.
 */
@Component
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "native")
public class BrokerTopologyInitializer implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerTopologyInitializer.class);

    private final BrokerTopology topology;
    private final ArtemisProperties artemis;

    public BrokerTopologyInitializer(MandateCatalog catalog, ArtemisProperties artemis) {
        this.topology = new BrokerTopology(catalog);
        this.artemis = artemis;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(artemis.getBrokerUrl());
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(artemis.getUser(), artemis.getPassword(),
                     false, true, true, false, 0)) {
            int created = 0;
            for (var entry : topology.multicast().entrySet()) {
                created += ensureAddress(session, entry.getKey(), RoutingType.MULTICAST);
                for (String q : entry.getValue()) {
                    created += ensureQueue(session, entry.getKey(), q, RoutingType.MULTICAST);
                    created += ensureAnycast(session, BrokerTopology.DLQ_PREFIX + q);
                }
            }
            for (String q : topology.anycast()) {
                created += ensureAnycast(session, q);
                created += ensureAnycast(session, BrokerTopology.DLQ_PREFIX + q);
            }
            LOG.info("broker topology checked at {}: {} queues, {} created", artemis.getBrokerUrl(),
                    topology.allQueues().size(), created);
        }
    }

    private static int ensureAnycast(ClientSession session, String name) throws Exception {
        return ensureAddress(session, name, RoutingType.ANYCAST) + ensureQueue(session, name, name, RoutingType.ANYCAST);
    }

    private static int ensureAddress(ClientSession session, String address, RoutingType type) throws Exception {
        if (session.addressQuery(SimpleString.of(address)).isExists()) {
            return 0;
        }
        session.createAddress(SimpleString.of(address), type, false);
        return 1;
    }

    private static int ensureQueue(ClientSession session, String address, String queue, RoutingType type)
            throws Exception {
        if (session.queueQuery(SimpleString.of(queue)).isExists()) {
            return 0;
        }
        session.createQueue(QueueConfiguration.of(queue).setAddress(address).setRoutingType(type).setDurable(true));
        return 1;
    }
}
