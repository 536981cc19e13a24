package org.govhub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govhub.contracts.mandate.MandateCatalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The committed standalone broker configuration (broker/etc/broker.xml) against
 * {@link BrokerTopology} and the embedded broker's settings ({@link BrokerProperties}): a mandate
 * added without its queues in broker.xml, or a setting changed on one side only, fails here
 * rather than dropping messages on a production broker.
 */
class BrokerXmlTest {

    static final Path BROKER_XML = Path.of("..", "broker", "etc", "broker.xml");

    final BrokerTopology topology = new BrokerTopology(MandateCatalog.fromClasspath());
    final Element core = core();
    final BrokerProperties embedded = new BrokerProperties();

    @Test
    void everyMulticastAddressOfTheTopologyIsDeclaredWithItsMandateQueues() {
        topology.multicast().forEach((address, queues) ->
                assertThat(queues(address, "multicast")).as(address).containsExactlyInAnyOrderElementsOf(queues));
    }

    @Test
    void everyAnycastQueueAndEveryDeadLetterQueueIsDeclared() {
        for (String q : topology.anycast()) {
            assertThat(queues(q, "anycast")).as(q).containsExactly(q);
        }
        for (String q : topology.allQueues()) {
            String dlq = BrokerTopology.DLQ_PREFIX + q;
            assertThat(queues(dlq, "anycast")).as(dlq).containsExactly(dlq);
        }
        assertThat(queues("DLQ", "anycast")).containsExactly("DLQ");
        assertThat(queues("ExpiryQueue", "anycast")).containsExactly("ExpiryQueue");
    }

    @Test
    void nothingElseIsDeclaredSoTheFileCannotCarryStaleQueues() {
        List<String> expected = new ArrayList<>(topology.multicast().keySet());
        expected.addAll(topology.anycast());
        topology.allQueues().forEach(q -> expected.add(BrokerTopology.DLQ_PREFIX + q));
        expected.add("DLQ");
        expected.add("ExpiryQueue");
        assertThat(addresses().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void eachAddressDeadLettersIntoItsOwnQueuesDeadLetterQueue() {
        Map<String, Element> settings = addressSettings();
        topology.multicast().forEach((address, queues) -> assertThat(text(settings.get(address), "dead-letter-address"))
                .as(address).isEqualTo(BrokerTopology.DLQ_PREFIX + queues.iterator().next()));
        for (String q : topology.anycast()) {
            assertThat(settings).as("address-setting for " + q).containsKey(q);
            assertThat(text(settings.get(q), "dead-letter-address")).as(q).isEqualTo(BrokerTopology.DLQ_PREFIX + q);
        }
    }

    @Test
    void redeliveryDuplicateDetectionAndAutoCreationMatchTheEmbeddedBroker() {
        Element all = addressSettings().get("#");
        assertThat(text(all, "auto-create-queues")).isEqualTo("false");
        assertThat(text(all, "auto-create-addresses")).isEqualTo("false");
        assertThat(Long.parseLong(text(all, "redelivery-delay"))).isEqualTo(embedded.getRedeliveryDelayMs());
        assertThat(Double.parseDouble(text(all, "redelivery-delay-multiplier"))).isEqualTo(2.0);
        assertThat(Long.parseLong(text(all, "max-redelivery-delay"))).isEqualTo(embedded.getMaxRedeliveryDelayMs());
        assertThat(Integer.parseInt(text(all, "max-delivery-attempts"))).isEqualTo(embedded.getMaxDeliveryAttempts());
        assertThat(text(all, "expiry-address")).isEqualTo("ExpiryQueue");
        assertThat(Integer.parseInt(text(core, "id-cache-size"))).isEqualTo(embedded.getDuplicateIdCacheSize());
        assertThat(text(core, "persist-id-cache")).isEqualTo("true");
        assertThat(text(core, "journal-datasync")).as("a committed send survives kill -9").isEqualTo("true");
    }

    @Test
    void theBrokerListensOnLoopbackByDefaultAndRequiresARoleForEverything() {
        String acceptor = text(core, "acceptor");
        assertThat(acceptor).startsWith("tcp://${govhub.broker.host:127.0.0.1}:").contains("protocols=CORE");
        NodeList perms = core.getElementsByTagName("permission");
        assertThat(perms.getLength()).isPositive();
        for (int i = 0; i < perms.getLength(); i++) {
            assertThat(((Element) perms.item(i)).getAttribute("roles")).doesNotContain("guest").isNotBlank();
        }
    }

    private List<String> queues(String address, String routing) {
        Element a = addresses().get(address);
        assertThat(a).as("address " + address + " in broker.xml").isNotNull();
        List<String> out = new ArrayList<>();
        NodeList routings = a.getElementsByTagName(routing);
        assertThat(routings.getLength()).as(address + " is " + routing).isEqualTo(1);
        NodeList qs = ((Element) routings.item(0)).getElementsByTagName("queue");
        for (int i = 0; i < qs.getLength(); i++) {
            out.add(((Element) qs.item(i)).getAttribute("name"));
        }
        return out;
    }

    private Map<String, Element> addresses() {
        return byAttribute("address", "name");
    }

    private Map<String, Element> addressSettings() {
        return byAttribute("address-setting", "match");
    }

    private Map<String, Element> byAttribute(String tag, String attribute) {
        Map<String, Element> out = new HashMap<>();
        NodeList nodes = core.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            assertThat(out.put(e.getAttribute(attribute), e)).as("declared once: " + e.getAttribute(attribute)).isNull();
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as(tag).isGreaterThanOrEqualTo(1);
        return nodes.item(0).getTextContent().trim();
    }

    private static Element core() {
        try {
            assertThat(BROKER_XML).exists();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(Files.newInputStream(BROKER_XML));
            return (Element) doc.getElementsByTagName("core").item(0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + BROKER_XML.toAbsolutePath(), e);
        }
    }
}
