package org.govhub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Set;
import java.util.TreeSet;

class BrokerTopologyTest {

    final MandateCatalog catalog = MandateCatalog.fromClasspath();
    final BrokerTopology topology = new BrokerTopology(catalog);
    final MandateDeclaration m1 = catalog.byId("M1").orElseThrow();

    @Test
    void eachTriggerIsAMulticastAddressWithOneDurableQueuePerMandate() {
        assertThat(topology.multicast()).containsKey("gov.realestate.transfer-registered.v1");
        assertThat(topology.multicast().get("gov.realestate.transfer-registered.v1"))
                .containsExactly("mandate.m1-property-transfer-utilities");
        assertThat(BrokerTopology.subscriptionFqqn(m1, m1.flows().get(0)))
                .isEqualTo("gov.realestate.transfer-registered.v1::mandate.m1-property-transfer-utilities");
    }

    @Test
    void everyRecipientCompletionAndTheResultsHaveAnAnycastQueue() {
        assertThat(topology.anycast()).contains(
                "agency.water.account-transfer.v1", "agency.power.account-transfer.v1",
                "agency.gas.account-transfer.v1", "agency.heat.account-transfer.v1",
                "agency.sms.notification.v1", "agency.realestate.transfer-outcome.v1",
                "govhub.results.v1");
    }

    @Test
    void thePublishedAsyncApiDocumentNamesExactlyTheAddressesTheHubDeclares() throws Exception {
        JsonNode doc;
        try (var in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        doc.path("channels").forEach(c -> documented.add(c.path("address").asText()));
        Set<String> declared = new TreeSet<>(topology.anycast());
        declared.addAll(topology.multicast().keySet());

        assertThat(documented).isEqualTo(declared);
    }
}
