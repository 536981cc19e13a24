package org.govhub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.junit.jupiter.api.Test;

class BrokerTopologyTest {

    final MandateCatalog catalog = MandateCatalog.fromClasspath();
    final BrokerTopology topology = new BrokerTopology(catalog);
    final MandateDeclaration m1 = catalog.byId("M1").orElseThrow();

    @Test
    void eachTriggerIsAMulticastAddressWithOneDurableQueuePerMandate() {
        assertThat(topology.multicast()).containsKey("gov.realestate.transfer-registered.v1");
        assertThat(topology.multicast().get("gov.realestate.transfer-registered.v1"))
                .containsExactly("mandate.m1-property-transfer-utilities");
        assertThat(BrokerTopology.subscriptionFqqn(m1))
                .isEqualTo("gov.realestate.transfer-registered.v1::mandate.m1-property-transfer-utilities");
    }

    @Test
    void everyRecipientCompletionAndTheResultsHaveAnAnycastQueue() {
        assertThat(topology.anycast()).containsExactlyInAnyOrder(
                "agency.water.account-transfer.v1", "agency.power.account-transfer.v1",
                "agency.gas.account-transfer.v1", "agency.heat.account-transfer.v1",
                "agency.sms.notification.v1", "agency.realestate.transfer-outcome.v1",
                "govhub.results.v1");
    }
}
