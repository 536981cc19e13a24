package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSSecurityException;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.govhub.hub.broker.EmbeddedBrokerSecurity;

/**
 * The embedded broker lets in only the hub's own user, and that user may only send, consume and
 * browse on what is declared. (M1 end to end runs over this broker in the other tests, so its
 * permissions are enough for the hub's work.)
 */
class EmbeddedBrokerSecurityIT extends EndToEndSupport {

    static final String IN_VM = "vm://0";

    @Autowired
    EmbeddedBrokerSecurity.HubCredentials credentials;

    @Test
    void anonymousGuestAndWrongPasswordConnectionsAreRefused() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(IN_VM);
        assertThatThrownBy(() -> factory.createConnection().close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection("guest", "guest").close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection("govhub-hub", "not-its-password").close())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void theHubsUserCannotCreateQueuesOrAddresses() throws Exception {
        String user = credentials.user();
        String password = credentials.password();
        try (ServerLocator locator = ActiveMQClient.createServerLocator(IN_VM);
             ClientSessionFactory sessions = locator.createSessionFactory();
             ClientSession session = sessions.createSession(user, password, false, true, true, false, 0)) {
            assertThat(session.addressQuery(org.apache.activemq.artemis.api.core.SimpleString.of("govhub.results.v1")).isExists())
                    .as("the hub's user is in").isTrue();
            assertThatThrownBy(() -> session.createQueue(QueueConfiguration.of("rogue.queue").setAddress("rogue.address")
                    .setRoutingType(RoutingType.ANYCAST).setDurable(true)))
                    .isInstanceOf(ActiveMQSecurityException.class);
        }
    }
}
